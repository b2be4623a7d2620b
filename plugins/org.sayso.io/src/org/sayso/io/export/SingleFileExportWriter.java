package org.sayso.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;

/**
 * A format that writes the whole corpus into one file of the export folder: each document's part is made by the
 * workers ({@link #writeDocument}) and appended here in document order.
 */
abstract class SingleFileExportWriter implements ExportWriter {

	private final String fileName;
	private @Nullable OutputStream out;

	SingleFileExportWriter(String fileName) {
		this.fileName = fileName;
	}

	/** What the file starts with, before the first document; empty by default. */
	protected byte[] header() {
		return new byte[0];
	}

	@Override
	public void start(Path folder) throws IOException {
		out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(fileName)), 1 << 16);
		out.write(header());
	}

	@Override
	public void append(DocumentSets document, Written written) throws IOException {
		out.write(written.shared());
	}

	@Override
	public void finish(Path folder) throws IOException {
		out.close();
	}

	@Override
	public void abort() {
		if (out != null) {
			try {
				out.close();
			} catch (IOException e) {
				// the export failed already and its folder is deleted; this file is part of it
			}
		}
	}
}
