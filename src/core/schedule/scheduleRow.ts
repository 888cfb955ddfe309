/** One row of a training schedule (phụ lục đào tạo, bồi dưỡng): who, how many, by whom, what. */
export interface ScheduleRow {
  /** The year the training is held. */
  year: number;
  /** Đối tượng: the people, in the plan's words. */
  group: string;
  /** Số lượng: planned people. */
  count: number;
  /** Đơn vị thực hiện. */
  unit: string;
  /** Nội dung: one line per entry ("\n" between lines), each topic starting with "- "; "" when the plan gives none. */
  content: string;
  /** Thực hiện: people of the group the roster shows trained in `year`. */
  actual?: number;
  /** The training group (`TrainingGroup.id`) the row is about, so the actual count can be taken from a roster. */
  groupId?: string;
}
