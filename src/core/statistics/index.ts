export * from "./computeStatistics";
export * from "./ageBand";
export * from "./statisticsLabels";
