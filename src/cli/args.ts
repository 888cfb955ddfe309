import { parseArgs } from "node:util";

export interface CliArgs {
  command: string | undefined;
  paths: string[];
  year?: string;
  standards?: string;
  out?: string;
  json: boolean;
  lang: "vi" | "en";
  plan?: string;
  finance?: string;
  previous?: string;
  org?: string;
  place?: string;
  parent?: string;
  symbol?: string;
  signer?: string;
  preparer?: string;
  recipients: string[];
  /** Replace an existing output file instead of writing "name (2).xlsx". */
  force: boolean;
  /** Worker threads for a batch; all cores when absent. */
  jobs?: string;
  /** `fix --only`: the kinds of fix, comma-separated. */
  only?: string;
  /** `consolidate --nam-nu`: birth years under Nam | Nữ instead of a date and a sex column. */
  namNu: boolean;
  help: boolean;
  version: boolean;
}

/** Parses the command line; unknown flags throw a TypeError whose message is shown as it is. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      year: { type: "string" },
      standards: { type: "string" },
      out: { type: "string" },
      json: { type: "boolean", default: false },
      lang: { type: "string", default: process.env.CANBO_LANG ?? "vi" },
      plan: { type: "string" },
      finance: { type: "string" },
      previous: { type: "string" },
      org: { type: "string" },
      place: { type: "string" },
      parent: { type: "string" },
      symbol: { type: "string" },
      signer: { type: "string" },
      preparer: { type: "string" },
      recipient: { type: "string", multiple: true },
      force: { type: "boolean", default: false },
      jobs: { type: "string" },
      only: { type: "string" },
      "nam-nu": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false },
    },
  });
  const [command, ...paths] = positionals;
  return {
    command,
    paths,
    year: values.year,
    standards: values.standards,
    out: values.out,
    json: values.json ?? false,
    lang: values.lang?.toLowerCase().startsWith("en") ? "en" : "vi",
    plan: values.plan,
    finance: values.finance,
    previous: values.previous,
    org: values.org,
    place: values.place,
    parent: values.parent,
    symbol: values.symbol,
    signer: values.signer,
    preparer: values.preparer,
    recipients: values.recipient ?? [],
    force: values.force ?? false,
    jobs: values.jobs,
    only: values.only,
    namNu: values["nam-nu"] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
