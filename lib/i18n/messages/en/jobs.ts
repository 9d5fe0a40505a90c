// Owned by Scheduled work and reminders (issue 14): namespace "jobs", namespace "reminders".
export const jobsMessages = {
  jobs: {
    title: "Scheduled jobs",
    intro:
      "Reminders and lapses are run every morning, and the removal of personal data every night, by the job queue " +
      "in the database. A reminder is sent only " +
      "once, even when a job runs again or on several servers at once.",
    disabled: "The job queue is turned off on this server (JOBS_ENABLED=0). Queued jobs are run by another server.",
    unavailable: "The job queue has not started yet, so there are no runs to show.",
    schedulesTitle: "Schedule",
    kind: "Job",
    schedule: "Runs",
    lastRun: "Last run",
    never: "Not run yet",
    runNow: "Run now",
    queued: "The job is queued and runs in a moment.",
    recentTitle: "Recent runs",
    failedTitle: "Failed runs",
    noRuns: "No runs yet.",
    noFailed: "No failed runs.",
    started: "Started",
    finished: "Finished",
    state: "Status",
    result: "Result",
    error: "Error",
    sent: "{count, plural, one {# sent} other {# sent}}",
    anonymised: "{count, plural, one {# case anonymised} other {# cases anonymised}}",
    states: {
      created: "Queued",
      retry: "Retrying",
      active: "Running",
      completed: "Completed",
      cancelled: "Cancelled",
      failed: "Failed",
    },
    cron: {
      accounts: "Every day at 6:00",
      lapse: "Every day at 6:15",
      scoring: "Every day at 6:30",
      portrait: "Every day at 6:45",
      statusReports: "Every day at 7:00",
      retention: "Every night at 2:30",
    },
  },
  reminders: {
    portraitDueDay: "The month's portrait due by day",
    portraitDueDayHint:
      "Day of the month (1–28). The secretariat is reminded when the month's portrait is missing. Empty: no portraits.",
    portraitDueDayInvalid: "Enter a day from 1 to 28, or leave the field empty.",
    scoringDeadline: "Scoring deadline",
    scoringDeadlineHint: "Members with applications left to score are reminded 3 days before. Danish time.",
    title: "Reminders",
    kinds: {
      accounts: "Accounts: due soon and overdue",
      lapse: "Lapse of grants",
      scoring: "Scoring deadline",
      portrait: "The month's portrait",
      statusReports: "Project status reports",
      retention: "Removing personal data from closed cases",
    },
    reportKinds: {
      STATUS: "Status report",
      MIDTERM_EVALUATION: "Midterm evaluation",
      FINAL_EVALUATION: "Final evaluation",
    },
    accountsDueSoon: {
      subject: "Remember the accounts for {title} by {due}",
      body:
        "Dear {name}\n\nThe accounts for {title} ({reference}) are due with {committee} by {due}.\n\n" +
        "Use the link in the grant letter, or log in at {url}.\n\nKind regards\n{committee}",
    },
    accountsOverdue: {
      subject: "The accounts for {title} have not been received",
      body:
        "Dear {name}\n\nWe have not received the accounts for {title} ({reference}), which were due by {due}." +
        "\n\nSend them within 14 days. Otherwise the grant lapses, and an advance paid must be repaid." +
        "\n\nUse the link in the grant letter, or log in at {url}.\n\nKind regards\n{committee}",
    },
    accountsAnswer: {
      subject: "The secretariat awaits your answer about the accounts for {title}",
      body:
        "Dear {name}\n\nOn {asked} we asked for more for the accounts for {title} ({reference}):\n\n{request}\n\n" +
        "We have not had your answer yet. Use the link in the grant letter, or log in at {url}.\n\n" +
        "Kind regards\n{committee}",
    },
    lapse: {
      subject: "The grant for {title} has lapsed",
      body:
        "Dear {name}\n\nWe have not received the accounts for {title} ({reference}) after the reminder, so " +
        "the grant has lapsed. The money returns to the pool.\n\nKind regards\n{committee}",
      note: "The grant lapsed: no accounts 14 days after the reminder.",
    },
    lapseClaim: {
      subject: "The advance for {title} must be repaid",
      body:
        "Dear {name}\n\nWe have not received the accounts for {title} ({reference}) after the reminder. The " +
        "advance of {amount} must therefore be repaid. The secretariat will contact you about the repayment." +
        "\n\nKind regards\n{committee}",
      note: "No accounts 14 days after the reminder: the advance of {amount} is claimed back.",
    },
    scoring: {
      subject: "Scoring deadline {deadline}: {call}",
      body:
        "You have {count, plural, one {# application} other {# applications}} left to score in {call}. " +
        "The deadline is {deadline}.\n\n{url}",
    },
    portrait: {
      subject: "The month's portrait is missing: {committee}",
      body: "{committee} has no portrait for {month} yet.\n\n{url}",
    },
    reportDueSoon: {
      subject: "{kindLabel} for {project} is due by {due}",
      body: "The project's plan sets the deadline to {due}.\n\n{url}",
    },
    reportOverdue: {
      subject: "{kindLabel} for {project} is overdue",
      body: "It was due on {due} and has not been written yet.\n\n{url}",
    },
    projectReports: {
      title: "Status reports and evaluations",
      none: "There are no reports yet.",
      due: "Due {date}",
      submitted: "Written {date}",
      period: "Period",
      states: {
        submitted: "Written",
        planned: "Planned",
        dueSoon: "Due soon",
        overdue: "Overdue",
      },
      planTitle: "Plan a report",
      kind: "Kind",
      dueOn: "Due date",
      plan: "Add planned report",
      planned: "The report is planned.",
      writeTitle: "Write the report",
      periodText: "Period (e.g. first half of 2026)",
      text: "Report",
      published: "Show the report on the public site",
      write: "Save the report",
      written: "The report is saved.",
      errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the report",
      dueOnRequired: "Enter a due date.",
      kindRequired: "Choose a kind.",
      textRequired: "Write the report.",
      textTooLong: "The report is too long (at most 20,000 characters).",
      periodTooLong: "The period is too long (at most 200 characters).",
    },
  },
};
