import { common } from "./common";
import { projects } from "./projects";
import { grants } from "./grants";
import { publicMessages } from "./public";

export const da = { ...common, ...projects, ...grants, ...publicMessages };
