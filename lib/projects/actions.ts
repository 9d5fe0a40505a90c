"use server";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define";
import { previewImport } from "./import/preview";
import { importSourceFromForm } from "./import/source";
import { createProjectOnTemplate, importProjectText, restoreVersion, saveProject } from "./mutations";
import { changeProjectStatus } from "./status-mutations";
import { templateForImport } from "@/lib/templates/queries";
import { versionNote } from "./notes";
import {
  asDocument,
  importPreviewSchema,
  importSaveSchema,
  newProjectSchema,
  projectSaveSchema,
  projectStatusSchema,
  restoreVersionSchema,
} from "./schema";

// Editing a project is for staff with project:edit and for members on the
// project, so the actions ask for project:read and the mutations decide
// (assertCanEditProject, the workflow's standing).

/** Reads a pasted text or an uploaded .txt/.docx and shows how it was understood; nothing is saved yet. */
export const previewImportAction = defineAction({
  schema: importPreviewSchema,
  permission: "project:create",
  run: async (input, { actor, formData }) =>
    previewImport(await importSourceFromForm(formData), await templateForImport(actor, input.templateId)),
});

/** Saves the reviewed import: the same text is read again on the server and written as a new project. */
export const saveImportAction = defineAction({
  schema: importSaveSchema,
  permission: "project:create",
  revalidate: "/projects",
  run: async (input, { actor }) => {
    const { id } = await importProjectText(actor, input, versionNote("imported"));
    redirect(`/projects/${id}`);
  },
});

/**
 * Saves the editor over the version it was loaded at. Field errors come back
 * by name ("budget.0.amountOre"); a newer version saved by someone else is a
 * conflict, and nothing is written.
 */
export const saveProjectAction = defineAction({
  schema: projectSaveSchema,
  permission: "project:read",
  revalidate: "/projects",
  run: async ({ projectId, version, ...doc }, { actor }) =>
    saveProject(actor, projectId, version, asDocument(doc), versionNote("saved")),
});

/** Restores an earlier version as a new one, and shows the history with a notice. */
export const restoreVersionAction = defineAction({
  schema: restoreVersionSchema,
  permission: "project:read",
  revalidate: "/projects",
  run: async (input, { actor }) => {
    const { version } = await restoreVersion(actor, input.projectId, input.version, input.from);
    redirect(`/projects/${input.projectId}/history?restored=${version}`);
  },
});

/** A new, empty project on a committee's template, opened in the editor. */
export const createProjectAction = defineAction({
  schema: newProjectSchema,
  permission: "project:create",
  revalidate: "/projects",
  run: async (input, { actor }) => {
    const { id } = await createProjectOnTemplate(actor, input, versionNote("created"));
    redirect(`/projects/${id}/edit`);
  },
});

/** A move in the project's workflow, as the workflow allows this person; answers with the new status. */
export const changeProjectStatusAction = defineAction({
  schema: projectStatusSchema,
  permission: "project:read",
  revalidate: "/projects",
  run: async (input, { actor }) => {
    await changeProjectStatus(actor, input.projectId, input.expected, {
      to: input.to,
      reason: input.reason,
    });
    return { status: input.to };
  },
});
