import type { Widen } from "../types";
import type { peopleMessages as da } from "../da/people";

export const peopleMessages: Widen<typeof da> = {
  people: {
    title: "Users",
  },
};
