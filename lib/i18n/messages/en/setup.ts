import type { Widen } from "../types";
import type { setupMessages as da } from "../da/setup";

export const setupMessages: Widen<typeof da> = {
  installation: {
    title: "Installation",
  },
};
