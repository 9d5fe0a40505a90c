import type { Messages } from "../types";
import { common } from "./common";
import { projects } from "./projects";
import { grants } from "./grants";
import { publicMessages } from "./public";

export const en: Messages = { ...common, ...projects, ...grants, ...publicMessages };
