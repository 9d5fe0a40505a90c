import type { Route } from "next";

// The meeting pages other helpers of issue 13 build (/meetings, /meetings/[id], /meetings/[id]/referat): named
// here once, typed as routes, so these links type-check before those pages are merged. Drop the casts after.
export const meetingsRoute = "/meetings" as Route;
export const meetingRoute = (id: string) => `/meetings/${id}` as Route;
export const minutesRoute = (id: string) => `/meetings/${id}/referat` as Route;
