import type {
  Education,
  Employment,
  Gender,
  Payroll,
  PoliticalTheory,
  StateManagement,
  UnionLevel,
} from "./codes";
import { defineVocabulary } from "./vocabulary";

// Aliases are written as people type them; they are folded (case, marks, punctuation) when indexed.

export const LEVEL_VOCAB = defineVocabulary<UnionLevel>(
  "level",
  [
    {
      code: "trung-uong",
      vi: "Trung ương",
      en: "National",
      aliases: ["TW", "TLĐ", "Tổng Liên đoàn", "Cấp trung ương"],
    },
    {
      code: "tinh",
      vi: "Tỉnh",
      en: "Provincial",
      aliases: ["Cấp tỉnh", "LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh", "Thành phố trực thuộc trung ương"],
    },
    {
      code: "tren-co-so",
      vi: "Cấp trên trực tiếp cơ sở",
      en: "Upper-grassroots",
      aliases: [
        "Cấp trên cơ sở",
        "Cấp trên",
        "CĐ cấp trên",
        "Công đoàn cấp trên",
        "Trên cơ sở",
        "CTTTCS",
        "CTCS",
        "Huyện",
        "Cấp huyện",
        "Quận",
        "Thị xã",
        "Thành phố",
        "LĐLĐ huyện",
        "Ngành",
        "CĐ ngành",
        "Công đoàn ngành",
        "KCN",
        "Khu công nghiệp",
      ],
    },
    {
      code: "co-so",
      vi: "Cơ sở",
      en: "Grassroots",
      aliases: ["CĐCS", "Công đoàn cơ sở", "CS", "Cấp cơ sở", "Bộ phận", "Công đoàn bộ phận", "Tổ công đoàn"],
    },
  ],
  { allowPrefix: false },
);

export const EMPLOYMENT_VOCAB = defineVocabulary<Employment>(
  "employment",
  [
    {
      code: "chuyen-trach",
      vi: "Chuyên trách",
      en: "Full-time",
      aliases: ["CT", "Cán bộ chuyên trách", "Full-time", "CB chuyên trách"],
    },
    {
      code: "khong-chuyen-trach",
      vi: "Không chuyên trách",
      en: "Part-time",
      aliases: [
        "KCT",
        "Kiêm nhiệm",
        "KN",
        "Bán chuyên trách",
        "Không CT",
        "Part-time",
        "Không chuyên trách (kiêm nhiệm)",
      ],
    },
  ],
  { allowPrefix: false },
);

export const PAYROLL_VOCAB = defineVocabulary<Payroll>("payroll", [
  {
    code: "bien-che",
    vi: "Biên chế",
    en: "Civil-service payroll",
    aliases: ["BC", "Trong biên chế", "Công chức", "Viên chức"],
  },
  {
    code: "hdld",
    vi: "HĐLĐ",
    en: "Labour contract",
    aliases: [
      "Hợp đồng lao động",
      "Hợp đồng",
      "HĐ",
      "HD",
      "HĐ 68",
      "HĐ68",
      "Hợp đồng 68",
      "Hợp đồng 111",
      "HĐLĐ có thời hạn",
      "HĐLĐ không xác định thời hạn",
    ],
  },
]);

export const EDUCATION_VOCAB = defineVocabulary<Education>("education", [
  {
    code: "chua-qua-dao-tao",
    vi: "Chưa qua đào tạo",
    en: "No vocational training",
    aliases: [
      "Không",
      "Chưa",
      "THPT",
      "12/12",
      "10/10",
      "9/12",
      "9/9",
      "Phổ thông",
      "Trung học phổ thông",
      "THCS",
      "Lao động phổ thông",
    ],
  },
  {
    code: "so-cap",
    vi: "Sơ cấp",
    en: "Elementary",
    // A công nhân kỹ thuật certificate is vocational training below trung cấp.
    aliases: ["SC", "Sơ cấp nghề", "SCN", "Công nhân kỹ thuật", "CNKT"],
  },
  {
    code: "trung-cap",
    vi: "Trung cấp",
    en: "Intermediate",
    aliases: [
      "TC",
      "THCN",
      "Trung học chuyên nghiệp",
      "Trung cấp nghề",
      "TCCN",
      "TCN",
      "TCSP",
      "THSP",
      "Trung học sư phạm",
      "Trung cấp sư phạm",
      "Trung cấp chuyên nghiệp",
    ],
  },
  {
    code: "cao-dang",
    vi: "Cao đẳng",
    en: "College",
    aliases: ["CĐ", "Cao đẳng nghề", "CĐN", "CĐSP", "Cao đẳng sư phạm", "CĐ sư phạm"],
  },
  {
    code: "dai-hoc",
    vi: "Đại học",
    en: "University",
    aliases: [
      "ĐH",
      "DH",
      "ĐHSP",
      "Đại học sư phạm",
      "ĐH sư phạm",
      "Cử nhân",
      "Cử nhân sư phạm",
      "CN",
      "Kỹ sư",
      "Kĩ sư",
      "KS",
      "Bác sĩ",
      "BS",
      "Dược sĩ",
      "DS",
      "Kiến trúc sư",
      "Luật sư",
    ],
  },
  {
    code: "thac-si",
    vi: "Thạc sĩ",
    en: "Master",
    aliases: [
      "ThS",
      "Th.S",
      "Thạc sỹ",
      "Cao học",
      "Bác sĩ CKI",
      "BSCKI",
      "Bác sĩ chuyên khoa I",
      "Dược sĩ CKI",
      "CKI",
    ],
  },
  {
    code: "tien-si",
    vi: "Tiến sĩ",
    en: "Doctorate",
    aliases: [
      "TS",
      "TSKH",
      "Tiến sỹ",
      "Tiến sĩ khoa học",
      "Bác sĩ CKII",
      "BSCKII",
      "Bác sĩ chuyên khoa II",
      "CKII",
    ],
  },
]);

export const POLITICAL_THEORY_VOCAB = defineVocabulary<PoliticalTheory>("politicalTheory", [
  {
    code: "chua-co",
    vi: "Chưa có",
    en: "None",
    aliases: [
      "Chưa",
      "Không",
      "Chưa qua",
      "Chưa học",
      "Chưa qua đào tạo",
      "Không có",
      "Chưa qua đào tạo LLCT",
    ],
  },
  {
    code: "so-cap",
    vi: "Sơ cấp",
    en: "Elementary",
    aliases: ["SC", "Sơ cấp LLCT", "Sơ cấp chính trị", "Sơ cấp lý luận chính trị", "SC LLCT"],
  },
  {
    code: "trung-cap",
    vi: "Trung cấp",
    en: "Intermediate",
    aliases: [
      "TC",
      "TCCT",
      "Trung cấp LLCT",
      "Trung cấp chính trị",
      "Trung cấp lý luận chính trị",
      "TC LLCT",
      "Trung cấp LLCT-HC",
      "Trung cấp lý luận chính trị - hành chính",
      "TC LLCT-HC",
      "TCCT-HC",
    ],
  },
  {
    code: "cao-cap",
    vi: "Cao cấp",
    en: "Advanced",
    aliases: [
      "CC",
      "CCCT",
      "Cao cấp LLCT",
      "Cao cấp chính trị",
      "Cao cấp lý luận chính trị",
      "Cử nhân",
      "CN",
      "Cử nhân chính trị",
      "Cao cấp LLCT-HC",
      "Cao cấp lý luận chính trị - hành chính",
      "CC LLCT",
    ],
  },
]);

export const STATE_MANAGEMENT_VOCAB = defineVocabulary<StateManagement>("stateManagement", [
  {
    code: "chua-co",
    vi: "Chưa có",
    en: "None",
    aliases: ["Chưa", "Không", "Chưa qua", "Chưa qua đào tạo", "Không có"],
  },
  {
    code: "chuyen-vien",
    vi: "Chuyên viên",
    en: "Officer",
    aliases: ["CV", "QLNN ngạch chuyên viên", "Ngạch chuyên viên", "QLNN CV", "Chuyên viên QLNN", "Cán sự"],
  },
  {
    code: "chuyen-vien-chinh",
    vi: "Chuyên viên chính",
    en: "Principal officer",
    aliases: ["CVC", "QLNN ngạch chuyên viên chính", "Ngạch chuyên viên chính"],
  },
  {
    code: "chuyen-vien-cao-cap",
    vi: "Chuyên viên cao cấp",
    en: "Senior officer",
    aliases: ["CVCC", "QLNN ngạch chuyên viên cao cấp", "Ngạch chuyên viên cao cấp"],
  },
]);

export const GENDER_VOCAB = defineVocabulary<Gender>(
  "gender",
  [
    { code: "nam", vi: "Nam", en: "Male", aliases: ["M", "Male"] },
    { code: "nu", vi: "Nữ", en: "Female", aliases: ["F", "Female"] },
  ],
  { allowPrefix: false },
);
