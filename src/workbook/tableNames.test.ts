import { uniqueTableName } from "./tableNames";

describe("uniqueTableName", () => {
  it("makes a name Excel accepts", () => {
    expect(uniqueTableName("KQKiemTra", new Set())).toBe("KQKiemTra");
    expect(uniqueTableName("Kết quả kiểm tra", new Set())).toBe("Ket_qua_kiem_tra");
    expect(uniqueTableName("Đơn vị", new Set())).toBe("Don_vi");
    expect(uniqueTableName("2024", new Set())).toBe("_2024");
    expect(uniqueTableName("A1", new Set())).toBe("_A1");
    expect(uniqueTableName("R1C1", new Set())).toBe("_R1C1");
    expect(uniqueTableName("c", new Set())).toBe("_c");
  });

  it("avoids names already taken, ignoring case", () => {
    expect(uniqueTableName("Bang", new Set(["bang", "bang_2"]))).toBe("Bang_3");
  });
});
