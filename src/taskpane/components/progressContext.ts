import { createContext, useContext } from "react";
import { progressStore, type ProgressStore } from "../progressStore";

/** The pane's progress store, for the progress lines wherever they are. */
export const ProgressContext = createContext<ProgressStore>(progressStore());

export const useProgressStore = () => useContext(ProgressContext);
