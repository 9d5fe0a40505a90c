// Owned by Grant letters and payments (issue 14): namespace "letters", namespace "payments".
export const lettersMessages = {
  letters: {
    title: "Grant letter",
    moneyTitle: "Grant and payments",
    errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the grant letter",
    draftTitle: "Draft of the grant letter",
    draftIntro:
      "The letter is written from the decision. Adjust conditions, deadline and advance, and send it to {email}.",
    conditions: "Conditions",
    conditionsHint: "The decision's conditions. They appear in the letter as written here.",
    accountsDueOn: "Deadline for accounts",
    accountsDueOnHint: "By default {months, plural, one {# month} other {# months}} after the activity ends.",
    payAdvance: "Pay an advance of {amount} on acceptance",
    noAdvancePool: "The pool pays no advance.",
    send: "Send the grant letter",
    sent: "The grant letter has been sent.",
    sentOn: "Sent {date} by {name}.",
    acceptedOn: "Accepted {date} by {name}.",
    notAccepted: "The applicant has not accepted the grant yet.",
    letterAsSent: "The letter as sent",
    pdf: "The grant letter as PDF",
    alreadySent: "The grant letter has already been sent.",
    notGranted: "Only a grant gets a grant letter.",
    notDecided: "The grant letter can only be sent while the grant is decided.",
    dueRequired: "Enter a deadline for the accounts (dd-mm-yyyy).",
    dueInPast: "The deadline must be after the decision.",
    tooLong: "The text is too long.",
    advance: "Advance",
    noAdvance: "No advance",
    amount: "Granted",
    deadline: "Deadline for accounts",
    letterHeading: "Grant letter",
    letterBody:
      'Dear {name}\n\n{committee} has granted up to {amount} to "{title}" ({reference}).\n\n' +
      "{hasConditions, select, yes {Conditions of the grant:\n{conditions}\n\n} other {}}" +
      "Accounts and evaluation must reach the secretariat by {due}.\n" +
      "{hasAdvance, select, yes {When you have accepted the grant, an advance of {advance} is paid. The rest is " +
      "paid when the accounts are approved.} other {The grant is paid when the accounts are approved.}}\n\n" +
      "Rules of the grant:\n" +
      "- Money not used for the project returns to the pool.\n" +
      "- The secretariat may, as a spot check, ask for receipts for the expenses.\n" +
      "- {auditor, select, yes {The grant is {limit} or more: the accounts need an auditor's " +
      "statement.} other {A grant of {limit} or more needs an auditor's statement.}}\n\n" +
      "Accept the grant through your private link. The grant lapses if the accounts do not arrive.",
    mailSubject: "Grant: {reference} – {title}",
    mailBody:
      "{letter}\n\n{hasLink, select, yes {Your private link: {link}} " +
      "other {Use the private link from your receipt.}}",
    applicantTitle: "Your grant",
    acceptTitle: "Accept the grant",
    acceptIntro: "Type your name to accept the grant and its conditions on behalf of the applicant.",
    acceptName: "Your full name",
    accept: "I accept the grant",
    accepted: "Thank you. The grant has been accepted.",
    alreadyAccepted: "The grant has already been accepted.",
    notAcceptable: "The grant cannot be accepted now.",
    nameRequired: "Enter your name.",
    acceptErrorSummary: "There {count, plural, one {is # error} other {are # errors}} in the acceptance",
    stepsTitle: "The grant's course",
    steps: {
      decided: "Decided",
      letterSent: "Grant letter sent",
      accepted: "Accepted",
      advancePaid: "Advance paid",
      accountsSubmitted: "Accounts received",
      accountsApproved: "Accounts approved",
      paid: "Final payment made",
      repayment: "Repayment claimed",
      closed: "Closed",
      lapsed: "Lapsed",
    },
    stepBy: "{date} · {name}",
    stepPending: "Not yet",
    notes: {
      letterSent: "Grant letter sent",
      accepted: "Grant accepted by {name}",
    },
    dashboard: {
      accountsMissing: "{count, plural, one {# account missing} other {# accounts missing}}",
      accountsToReview: "{count, plural, one {# account awaits review} other {# accounts await review}}",
      answersAwaited:
        "{count, plural, one {# applicant owes an answer to a request} " +
        "other {# applicants owe an answer to a request}}",
      lettersToSend: "{count, plural, one {# grant letter to send} other {# grant letters to send}}",
      paymentsToApprove: "{count, plural, one {# payment to approve} other {# payments to approve}}",
      title: "Money",
      open: "Open",
      step: "Step",
    },
  },
  payments: {
    releaseNote: "Not used at the settlement",
    notes: {
      advance: "Advance paid ({amount})",
      final: "Final payment ({amount})",
      repaymentClaim: "Repayment claimed ({amount})",
      repaymentReceived: "Repayment received ({amount})",
      closed: "Grant closed",
    },
    title: "Payments",
    errorSummary: "There {count, plural, one {is # error} other {are # errors}} in the payment",
    none: "No payments yet.",
    kinds: { ADVANCE: "Advance", FINAL: "Final payment", REPAYMENT: "Repayment", FULL: "Payment", RETURN: "Return" },
    row: "{kind}: {amount}, paid {date}, account ref. {reference}, approved by {name}",
    amount: "Amount",
    amountHint: "Computed by the system; it is computed again when you approve.",
    paidOn: "Paid on",
    reference: "Account reference",
    referenceHint: "Voucher or posting number in the finance system.",
    note: "Note (optional)",
    payAdvance: "Pay the advance",
    payFinal: "Pay the final amount",
    claimRepayment: "Claim repayment",
    repaymentReceived: "Repayment received",
    closeGrant: "Close the grant",
    advanceTitle: "Advance",
    finalTitle: "Final settlement",
    repaymentTitle: "Repayment",
    settlement:
      "Expenses {expenses} − income {income} − rejected {rejected} = {net}. Owed: {owed} (at most the grant " +
      "{granted}). Advance paid: {advance}.",
    finalIs: "Final payment: {amount}. Unspent, returned to the pool: {release}.",
    repaymentIs:
      "The advance exceeds what is owed: the applicant must repay {amount}. Returned to the pool: {release}.",
    repaymentOwed: "The applicant must repay {amount}.",
    closeIntro: "The grant is settled. Close it when everything is in place.",
    done: "The payment has been recorded.",
    closed: "The grant has been closed.",
    referenceRequired: "Enter the account reference.",
    paidOnRequired: "Enter the payment date (dd-mm-yyyy).",
    amountInvalid: "Enter the amount in kroner, e.g. 4,000.",
    amountNegative: "The amount cannot be negative.",
    amountAboveGrant: "The amount is more than the grant.",
    amountAboveOwed: "The amount is more than expenses minus income, less the advance.",
    amountMismatch: "The amount does not match the computed one. Reload the page and try again.",
    alreadyApproved: "The payment has already been approved.",
    wrongStep: "The grant is not at the step where this payment can be approved.",
    noAdvance: "The grant letter gives no advance.",
    noRepayment: "The advance does not exceed what is owed: there is nothing to claim back.",
    repaymentNeeded: "The advance exceeds what is owed: claim a repayment instead.",
    fourEyes:
      "Four eyes: whoever approved the accounts cannot also approve the final payment or the repayment claim. " +
      "Someone else in the secretariat must approve it.",
    fourEyesNote: "Four eyes apply: the accounts were approved by {name}, who cannot approve the payment.",
    fourEyesSetting: "Four eyes on payments: whoever approves the accounts cannot approve the payment",
    approvedBy: "approved by {name}",
  },
};
