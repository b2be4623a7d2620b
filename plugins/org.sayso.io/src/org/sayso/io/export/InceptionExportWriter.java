package org.sayso.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.jdt.annotation.Nullable;

/**
 * {@code inception}: per document {@code <docId>.zip} holding {@code <annotator>.xmi} for each set and
 * {@code TypeSystem.xml}, the layout INCEpTION's "UIMA CAS XMI" import reads (and {@code sayso import} too). The
 * curated set is {@value #CURATION_USER}.xmi, the name INCEpTION gives its curation.
 */
final class InceptionExportWriter implements ExportWriter {

	static final String CURATION_USER = "CURATION_USER";

	private final CasXmi xmi;
	private byte @Nullable [] typeSystem;

	InceptionExportWriter(ExportRequest request) {
		this.xmi = new CasXmi(request.projectName());
	}

	@Override
	public void start(Path folder) throws IOException {
		typeSystem = CasXmi.typeSystemBytes();
	}

	@Override
	public Written writeDocument(DocumentSets document, Path folder) throws IOException {
		var file = folder.resolve(document.id() + ".zip");
		try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
			for (var named : document.sets()) {
				var user = named.name().equals(DocumentSets.CURATED) ? CURATION_USER : named.name();
				zip.putNextEntry(new ZipEntry(user + ".xmi"));
				xmi.write(named.set(), zip, file + "!" + user + ".xmi");
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(CasXmi.TYPE_SYSTEM_FILE));
			zip.write(typeSystem);
			zip.closeEntry();
		}
		return Written.NOTHING;
	}

	@Override
	public void append(DocumentSets document, Written written) {
		// every document has its own zip
	}

	@Override
	public void finish(Path folder) {
		// nothing is shared between documents
	}
}
