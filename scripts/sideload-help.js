// What `npm start` prints once the dev server listens: how to put the add-in into Excel.
const path = require("node:path");

function sideloadHelp() {
  const manifest = path.resolve(__dirname, "..", "manifest.xml");
  return [
    "",
    "Chỉ tiêu đang chạy tại / is served at https://localhost:3000/taskpane.html",
    "",
    "Excel trên web / Excel on the web:",
    "  1. Mở một sổ làm việc tại / Open a workbook at https://www.office.com (Excel).",
    "  2. Trang đầu › Bổ trợ › Bổ trợ khác › Tải lên Bổ trợ của tôi",
    "     Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in",
    `  3. Chọn / Choose: ${manifest}`,
    "  (Lần đầu, mở https://localhost:3000/taskpane.html trong trình duyệt và chấp nhận chứng chỉ,",
    "   hoặc cài CA: npx office-addin-dev-certs install.",
    "   First time: open https://localhost:3000/taskpane.html in the browser and accept the certificate,",
    "   or trust the CA: npx office-addin-dev-certs install.)",
    "",
    "Excel trên máy tính (Windows, Mac) / Excel desktop (Windows, Mac):",
    "  npm run start:desktop   (= npx office-addin-debugging start manifest.xml desktop)",
    "  hoặc thủ công / or by hand: Windows — thư mục chia sẻ làm Danh mục bổ trợ tin cậy / a shared-folder",
    "  Trusted Add-in Catalog; Mac — chép manifest.xml vào / copy manifest.xml to",
    "  ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/",
    "",
    "Nút trên thẻ Trang đầu / Buttons on the Home tab: Mẫu báo cáo · Tổng hợp · Trợ giúp",
    "Hàm / Functions (cùng tên trong mọi ngôn ngữ / same names in every language):",
    '  =CHITIEU.STATUS("2.5"; C12; C5)',
    "",
  ].join("\n");
}

module.exports = { sideloadHelp };
