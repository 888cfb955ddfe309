// `npm start`: the development server, and plain words on how to open the add-in. The Office template's automatic
// sideloading (office-addin-debugging) is left out: its keytar dependency cannot install without internet access.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const excel = [
  "/Applications/Microsoft Excel.app",
  "C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE",
].some(existsSync);
console.log(`
canbo — máy chủ phát triển: https://localhost:3000/taskpane.html
${excel ? "Trong Excel: Insert → Add-ins → My Add-ins → Upload My Add-in → chọn manifest.xml (hoặc Excel trên web: Home → Add-ins → Upload My Add-in)." : "Máy này không có Excel: mở https://localhost:3000/taskpane.html bằng trình duyệt để làm việc trên tệp."}
(English) ${excel ? "In Excel, upload manifest.xml under Insert → Add-ins → My Add-ins." : "No Excel here: open the page above in a browser to work on files."}
`);
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
child.on("exit", (code) => (process.exitCode = code ?? 0));
