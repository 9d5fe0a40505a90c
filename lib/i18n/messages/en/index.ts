import type { Messages } from "../types";
import { common } from "./common";
import { projects } from "./projects";
import { grants } from "./grants";
import { publicMessages } from "./public";
import { setupMessages } from "./setup";
import { committeeMessages } from "./committees";
import { peopleMessages } from "./people";
import { meetingsMessages } from "./meetings";
import { liveMessages } from "./live";
import { minutesMessages } from "./minutes";
import { lettersMessages } from "./letters";
import { reportingMessages } from "./reporting";
import { ledgerMessages } from "./ledger";
import { projectMoneyMessages } from "./project-money";
import { jobsMessages } from "./jobs";
import { privacyMessages } from "./privacy";

export const en: Messages = {
  ...common,
  ...projects,
  ...grants,
  ...publicMessages,
  ...setupMessages,
  ...committeeMessages,
  ...peopleMessages,
  ...meetingsMessages,
  ...liveMessages,
  ...minutesMessages,
  ...lettersMessages,
  ...reportingMessages,
  ...ledgerMessages,
  ...projectMoneyMessages,
  ...jobsMessages,
  ...privacyMessages,
};
