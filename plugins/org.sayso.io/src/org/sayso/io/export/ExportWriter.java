package org.sayso.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes one format into the export's temporary folder. {@link #writeDocument} runs on the export's workers, several
 * documents at a time, and writes what belongs to that document alone; {@link #append} then runs on the exporting
 * thread in document order, for what goes into files shared by all documents.
 */
interface ExportWriter {

	/** What {@link #writeDocument} made: bytes for the shared file (or null), and notes for the summary. */
	record Written(byte @Nullable [] shared, List<String> notes) {
		static final Written NOTHING = new Written(null, List.of());
	}

	void start(Path folder) throws IOException;

	Written writeDocument(DocumentSets document, Path folder) throws IOException;

	void append(DocumentSets document, Written written) throws IOException;

	void finish(Path folder) throws IOException;

	/** Releases what an export that failed or was cancelled left open, so that its folder can be deleted. */
	default void abort() {
	}
}
