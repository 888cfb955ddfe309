import type { Cadre } from "../cadre";
import { EDUCATION_LEVELS, POLITICAL_THEORY_LEVELS, rankOf, STATE_MANAGEMENT_LEVELS } from "../vocab/codes";
import type { Criterion, Requirements } from "./positionStandard";
import {
  EDUCATION_LABELS,
  NO_INFORMATION,
  POLITICAL_THEORY_LABELS,
  STATE_MANAGEMENT_LABELS,
} from "./standardLabels";

/** The verdict on one criterion, worded for a finding ("yêu cầu {required}, hiện có {actual}"). */
export interface CriterionCheck {
  met: boolean;
  required: string;
  actual: string;
}

/**
 * Checks one requirement of a standard against a cadre as of the end of the report year. A value the roster does
 * not give never meets a requirement (actual "chưa có thông tin"): the standard cannot be shown to be met.
 *
 * @param criterion which requirement
 * @param requires the standard's requirements (the criterion must be set in it)
 * @param cadre the roster row
 * @param year the report year (training after it does not count yet; age is year − birth year)
 * @returns met or not, and the required and actual values in Vietnamese
 * @example checkCriterion("education", { education: "dai-hoc" }, makeCadre({ education: "cao-dang" }), 2019)
 *   // { met: false, required: "Đại học trở lên", actual: "Cao đẳng" }
 */
export function checkCriterion(
  criterion: Criterion,
  requires: Requirements,
  cadre: Cadre,
  year: number,
): CriterionCheck {
  switch (criterion) {
    case "education":
      return minimum(EDUCATION_LEVELS, EDUCATION_LABELS, requires.education, cadre.education);
    case "politicalTheory":
      return minimum(
        POLITICAL_THEORY_LEVELS,
        POLITICAL_THEORY_LABELS,
        requires.politicalTheory,
        cadre.politicalTheory,
      );
    case "stateManagement":
      return minimum(
        STATE_MANAGEMENT_LEVELS,
        STATE_MANAGEMENT_LABELS,
        requires.stateManagement,
        cadre.stateManagement,
      );
    case "unionTraining":
      return unionTraining(cadre, year);
    case "partyMember":
      return partyMember(cadre, year);
    case "maxAge":
      return maxAge(requires.maxAge ?? Infinity, cadre, year);
  }
}

function minimum<T extends string>(
  scale: readonly T[],
  labels: Record<T, string>,
  required: T | undefined,
  actual: T | undefined,
): CriterionCheck {
  // An unset requirement is met by anyone: callers only ask about set ones, this keeps the type total.
  if (required === undefined)
    return { met: true, required: "", actual: actual ? labels[actual] : NO_INFORMATION };
  const wanted = `${labels[required]} trở lên`;
  if (actual === undefined) return { met: false, required: wanted, actual: NO_INFORMATION };
  return { met: rankOf(scale, actual) >= rankOf(scale, required), required: wanted, actual: labels[actual] };
}

function unionTraining(cadre: Cadre, year: number): CriterionCheck {
  const required = "đã tập huấn nghiệp vụ công đoàn";
  const t = cadre.unionTraining;
  if (t === undefined) return { met: false, required, actual: NO_INFORMATION };
  if (!t.done) return { met: false, required, actual: "chưa tập huấn" };
  if (t.year !== undefined && t.year > year) {
    return { met: false, required, actual: `tập huấn năm ${t.year}, sau năm báo cáo ${year}` };
  }
  return { met: true, required, actual: t.year !== undefined ? `đã tập huấn năm ${t.year}` : "đã tập huấn" };
}

function partyMember(cadre: Cadre, year: number): CriterionCheck {
  const required = "là đảng viên";
  // A joining year alone says member; a joining year after the report year says not yet.
  if (cadre.partyYear !== undefined && cadre.partyYear > year) {
    return { met: false, required, actual: `vào Đảng năm ${cadre.partyYear}, sau năm báo cáo ${year}` };
  }
  if (cadre.partyMember === true || cadre.partyYear !== undefined)
    return { met: true, required, actual: "đảng viên" };
  if (cadre.partyMember === false) return { met: false, required, actual: "không phải đảng viên" };
  return { met: false, required, actual: NO_INFORMATION };
}

function maxAge(limit: number, cadre: Cadre, year: number): CriterionCheck {
  const required = `không quá ${limit} tuổi`;
  const born = cadre.birthDate?.year;
  if (born === undefined) return { met: false, required, actual: NO_INFORMATION };
  const age = year - born;
  return { met: age <= limit, required, actual: `${age} tuổi` };
}
