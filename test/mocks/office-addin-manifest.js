// office-addin-mock requires office-addin-manifest only for its OfficeApp enum; the real package's dependency chain is
// ESM-only and does not load under jest, so tests map it to this stub.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
