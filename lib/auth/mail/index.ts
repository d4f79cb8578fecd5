import "server-only";
export { accountMailIsOn, sendAccountMail, siteAddress, type AccountMail } from "./account-mail";
