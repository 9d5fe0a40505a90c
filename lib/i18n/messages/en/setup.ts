import type { Widen } from "../types";
import type { setupMessages as da } from "../da/setup";

export const setupMessages: Widen<typeof da> = {
  installation: {
    title: "Installation",
    intro: "The installation's own settings. They apply to every committee and every server sharing the database.",
    name: "Name in the header",
    nameHint: 'E.g. "Lokalpulje – City of Copenhagen".',
    publicUrl: "Public address",
    publicUrlHint:
      "The address people use, e.g. https://lokalpulje.kk.dk. Links in mail, feeds and the sitemap are built from it. " +
      "Empty: the server's PUBLIC_URL ({fallback}).",
    mailFrom: "Mail sender",
    mailFromHint: "E.g.: The local committees '<'lokaludvalg@kk.dk'>'. Empty: the server’s MAIL_FROM.",
    retentionMonths: "Retention of applicants' personal data (months)",
    retentionMonthsHint: "How long applicants' names and contact details are kept after a case is closed (6–240).",
    requireTotpForStaff: "Require two-step login (authenticator app) for administrators and the secretariat",
    save: "Save settings",
    saved: "The settings are saved.",
    errorSummary: "{count, plural, one {There is # error in the settings} other {There are # errors in the settings}}",
    nameRequired: "Enter the installation's name.",
    tooLong: "The text is too long.",
    publicUrlInvalid:
      "Enter an address starting with https:// or http://, without a path (e.g. https://lokalpulje.kk.dk).",
    mailFromInvalid: "Enter an e-mail address, optionally with a name: Name '<'address@domain.dk'>'.",
    retentionInvalid: "Enter a whole number of months from 6 to 240.",
    setup: {
      title: "Set up Lokalpulje",
      intro:
        "Welcome. You are the first administrator. Name the installation and choose your password. " +
        "Then you create the committees and invite people.",
      introBound: "Choose your password for {email}. You become an administrator of the installation.",
      installationName: "Installation name",
      installationNameHint: 'Shown in the header, e.g. "Lokalpulje – City of Copenhagen".',
      yourName: "Your name",
      email: "Your e-mail",
      password: "Password",
      passwordHint: "At least 12 characters. A sentence is easy to remember and hard to guess.",
      repeatPassword: "Repeat the password",
      submit: "Create the installation",
      submitBound: "Save the password",
      errorSummary: "{count, plural, one {There is # error in the set-up} other {There are # errors in the set-up}}",
      done: "The installation is created. Log in with your e-mail and password.",
      unusable: "The link cannot be used",
      help:
        "A new set-up link is shown when the server starts (npm start), as long as no administrator exists. " +
        "An operator can also create an administrator: npm run admin:create -- --email name@municipality.dk",
    },
    link: {
      used: "The link has already been used.",
      expired: "The link has expired. A set-up link is valid for 24 hours.",
      unknown: "The link does not exist. Check that the whole link was copied.",
    },
    alreadySetUp: "The installation already has an administrator. Log in, or ask the administrator for an invitation.",
    personNameRequired: "Enter your name.",
    emailInvalid: "Enter a valid e-mail address.",
    emailTaken: "A user with this e-mail already exists. Use npm run admin:create to make them an administrator.",
    dashboard: {
      title: "The installation",
      noCommittees: "There are no committees yet. Create the first one, and invite the secretariat and members.",
      committees: "Committees",
      settings: "Installation settings",
    },
  },
};
