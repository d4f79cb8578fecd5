import "server-only";
export {
  accountMailIsOn,
  mailInBackground,
  sendAccountMail,
  siteAddress,
  type AccountMail,
} from "./account-mail";
