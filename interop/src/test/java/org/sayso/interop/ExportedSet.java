package org.sayso.interop;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sayso.io.export.ExportFormat;
import org.sayso.io.export.ExportRequest;
import org.sayso.io.export.Exporter;
import org.sayso.io.export.SetSelection;
import org.sayso.core.store.ProjectStore;

/** A saved set exported by {@code sayso export --format uima-xmi --set ana}: the files another tool is given. */
final class ExportedSet {

	private ExportedSet() {
	}

	/** Exports the project of {@code saved} into {@code out} and returns the exported XMI and TypeSystem.xml. */
	static SavedProject export(SavedProject saved, Path projectRoot, Path out) throws Exception {
		var store = ProjectStore.open(projectRoot);
		var summary = Exporter.export(new ExportRequest(store, ExportFormat.UIMA_XMI,
				new SetSelection.Annotator(SavedProject.ANNOTATOR), out, false, false), new NullProgressMonitor());
		if (summary.documents() != 1) {
			throw new AssertionError("one document exported, not: " + summary.toText());
		}
		var id = saved.document().getId();
		return new SavedProject(saved.projectName(), saved.set(), out.resolve(id + ".xmi"), out.resolve("TypeSystem.xml"));
	}
}
