package org.sayso.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sayso.model.ProjectLayout;

/**
 * {@code uima-xmi}: {@code <docId>.xmi} per document and {@code TypeSystem.xml} beside them. With the selection
 * {@code all}, the sets keep the project's layout, {@code annotations/<annotator>/<docId>.xmi} and
 * {@code curation/<docId>.xmi}, with {@code TypeSystem.xml} at the top.
 */
final class XmiExportWriter implements ExportWriter {

	private final CasXmi xmi;
	private final boolean perAnnotator;

	XmiExportWriter(ExportRequest request) {
		this.xmi = new CasXmi(request.projectName());
		this.perAnnotator = request.selection() instanceof SetSelection.All;
	}

	@Override
	public void start(Path folder) throws IOException {
		CasXmi.copyTypeSystem(folder.resolve(CasXmi.TYPE_SYSTEM_FILE));
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) throws IOException {
		for (var named : document.sets()) {
			var file = fileOf(folder, document.id(), named.name());
			try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
				xmi.write(named.set(), out, file.toString());
			}
		}
		return Written.NOTHING;
	}

	private Path fileOf(Path folder, String docId, String setName) throws IOException {
		var name = docId + ProjectLayout.XMI_EXTENSION;
		if (!perAnnotator) {
			return folder.resolve(name);
		}
		var layout = new ProjectLayout(folder);
		var file = setName.equals(DocumentSets.CURATED) ? layout.curated(docId) : layout.annotations(setName, docId);
		Files.createDirectories(file.getParent());
		return file;
	}

	@Override
	public void append(DocumentSets document, Written written) {
		// every document has its own files
	}

	@Override
	public void finish(Path folder) {
		// TypeSystem.xml was written first
	}
}
