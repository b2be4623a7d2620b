package org.sayso.ui.internal.export;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.SetSelection;

/** What the wizard page asked for: the project, the format, the sets, the output folder and the two options. */
record ExportSettings(IProject project, Path projectFolder, ExportFormat format, SetSelection selection, Path output,
		boolean allowInvalid, boolean replace) {
}
