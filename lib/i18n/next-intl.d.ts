import type { formats, Locale } from "./config";
import type { Messages } from "./messages/types";

// Keys are checked against the catalogue (a missing key does not compile).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
    Formats: typeof formats;
  }
}
