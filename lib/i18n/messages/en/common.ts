import type { Widen } from "../types";
import type { common as da } from "../da/common";

export const common: Widen<typeof da> = {
  common: {
    save: "Save",
    saving: "Saving …",
    cancel: "Cancel",
    send: "Send",
    sending: "Sending …",
    saved: "Saved.",
    tooLong: "The text is too long.",
    invalidField: "Check this field.",
    errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the form",
    notSaved: "Nothing was saved",
    sendFailed: "The form could not be sent. Check your connection and try again. Nothing is lost.",
    initiatives: "{count, plural, one {# initiative} other {# initiatives}}",
  },
  app: {
    name: "Lokalpulje",
    tagline: "Local committees' projects, pools and applications",
    skipToContent: "Skip to content",
  },
  nav: {
    installation: "Installation",
    initiatives: "Initiatives",
    portraits: "Portraits",
    openCalls: "Open calls",
    main: "Main menu",
    home: "Home",
    dashboard: "Overview",
    projects: "Projects",
    calls: "Calls",
    meetings: "Meetings",
    applications: "Applications",
    scoring: "Scoring",
    myApplications: "My applications",
    outbox: "Outbox",
    users: "Users",
    committees: "Committees",
    audit: "Audit log",
    login: "Log in",
    logout: "Log out",
    language: "Language",
    switchTo: "Dansk",
    switchToLabel: "Skift til dansk",
    accessibility: "Accessibility statement",
    privacy: "Privacy policy",
    signedInAs: "Signed in as {name}",
  },
  roles: {
    ADMIN: "Administrator",
    SECRETARIAT: "Secretariat",
    MEMBER: "Committee member",
    OBSERVER: "Observer",
    APPLICANT: "Applicant",
  },
  login: {
    title: "Log in",
    intro: "Log in with your e-mail address and password.",
    email: "E-mail address",
    password: "Password",
    submit: "Log in",
    submitting: "Logging in …",
    failed: "The e-mail address or password is wrong.",
    rateLimited: "Too many failed attempts. Wait {minutes} minutes and try again.",
    emailRequired: "Enter your e-mail address.",
    emailInvalid: "Enter a valid e-mail address, e.g. name@example.dk.",
    passwordRequired: "Enter your password.",
    failedTitle: "You were not logged in",
    errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the form",
    oidc: "Log in with {name}",
    or: "or",
    loggedOut: "You are logged out.",
  },
  logout: {
    title: "Log out",
    confirm: "Do you want to log out?",
    submit: "Log out",
  },
  dashboard: {
    observerIntro: "As an observer you follow the committee’s cases without scoring or recommending.",
    observerCalls: "Calls and applications",
    observerProjects: "Projects",
    title: "Overview",
    greeting: "Hello, {name}",
    yourRoles: "Your roles",
    committees: "Committees",
    users: "Users",
    projects: "Projects",
    calls: "Calls",
    applications: "Applications",
    activeCalls: "Active calls",
    toScreen: "Applications to screen",
    recentAudit: "Latest changes",
    noAudit: "No changes yet.",
    scoringProgress: "{done} of {total} scored",
    yourScoring: "Your scoring",
    yourConflicts: "Your conflict-of-interest declarations",
    conflictExcluded: "Excluded",
    conflictNotExcluded: "Not conflicted",
    conflictPending: "Awaiting ruling",
    yourProjects: "Projects you are responsible for",
    noProjects: "No projects.",
    yourApplications: "Your applications",
    noApplications: "You have no applications.",
    deadline: "Deadline",
    available: "Amount available",
    requested: "Amount requested",
    status: "Status",
    reference: "Reference",
    titleColumn: "Title",
    committee: "Committees",
    kind: "Kind",
    count: "Count",
    pool: "Pools",
    budget: "Budget",
    committed: "Committed",
    paid: "Paid",
    fundsYear: "Funds year",
  },
  users: { name: "Name" },
  audit: { when: "When", who: "Who", what: "Action", entity: "Record" },
  outbox: {
    title: "Outbox",
    intro: "Every e-mail the app has sent – or would have sent, when SMTP is not set up.",
    empty: "No e-mails.",
    to: "To",
    sent: "sent",
    notSent: "not sent (no SMTP)",
    failed: "failed",
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundText: "We cannot find the page you are looking for. The address may be mistyped, or the page has moved.",
    forbiddenTitle: "No access",
    forbiddenText: "You do not have access to this page. Contact the secretariat if you think this is a mistake.",
    errorTitle: "Something went wrong",
    errorText: "Something went wrong on our side. Please try again shortly.",
    errorId: "Error id: {id}",
    tryAgain: "Try again",
    backHome: "Go to the front page",
    generic: "Something went wrong. Please try again. Error id: {id}",
    conflict:
      "The case changed after you opened the page – by someone else, in another tab or by a double click. Nothing " +
      "was saved. Reload the page to see the change.",
    staleForm: "The form lacks the case's version. Reload the page and try again.",
    validation: "There are errors in the form.",
  },
  // Login security (issue 10, points 8, 9, 11, 13): lockout, unlock link, single sign-on refusals.
  loginLock: {
    locked:
      "The account is locked for now after too many failed logins. We have e-mailed you a link that unlocks it. An " +
      "administrator can also help.",
    ssoRefused:
      "Single sign-on did not log you in. Your e-mail address must be verified by the provider and belong to a user " +
      "here. Contact the secretariat.",
    mailSubject: "Unlock your Lokalpulje account",
    mailIntro:
      "There have been many failed attempts to log in to your account, so it is locked for now. Open the link to " +
      "unlock it (it works once, for 24 hours):",
    mailOutro: "If this was not you, consider changing your password and tell the secretariat.",
    unlockTitle: "Unlock the account",
    unlockIntro: "Press the button to unlock your account, so you can log in again.",
    unlockSubmit: "Unlock the account",
    unlocked: "The account is unlocked. You can log in now.",
    unlockFailed:
      "The link does not work. It may have been used or have expired. Try logging in again, or contact an " +
      "administrator.",
    usersLoginColumn: "Login",
    usersLocked: "Locked after too many login attempts",
    usersUnlock: "Unlock",
  },
  accessibility: {
    title: "Accessibility statement",
    body:
      "Lokalpulje is built to meet WCAG 2.1 level AA, as the Danish act on the accessibility of public sector " +
      "websites requires. Every page is tested automatically with axe on every change, can be used with a keyboard " +
      "and read on a phone.",
    contact:
      "If you meet an accessibility problem, write to your committee's secretariat. You can also complain to the " +
      "Danish Agency for Digital Government.",
  },
  // Privacy of the public site and visit photos (issue 10, points 17–20).
  privacy: {
    title: "Privacy policy",
    body:
      "When you apply to a pool, we process the information you give us (name, e-mail, phone and the application's " +
      "content) to handle your application. It is visible only to the secretariat and the committee and is deleted " +
      "under the applicable retention rules. You can ask to see and receive a copy of your data.",
  },
  // Issue 10, points 4 and 10 (projects helper): what a project save may change, and the importer's limits.
};
