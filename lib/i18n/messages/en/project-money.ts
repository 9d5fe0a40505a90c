// The committee's own projects' money (issue 14, helper "projects"): namespace "projectMoney".
export const projectMoneyMessages = {
  projectMoney: {
    title: "Spending",
  },
};
