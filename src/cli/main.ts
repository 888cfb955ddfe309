// The canbo command: filled in by the roster-engine work.
console.log("canbo");
