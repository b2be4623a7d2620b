package org.sayso.ui.internal.importer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;

/** What the import wizard's page asks for: the files go into the project, with the options of {@code sayso import}. */
record ImportRequest(IProject project, Path projectFolder, List<Path> sources, String annotator, String dct,
		Path metadata, Path mapping, java.nio.charset.Charset encoding) {

	ImportRequest {
		sources = List.copyOf(sources);
	}
}
