package org.sayso.io.export;

import java.nio.file.Path;

import org.eclipse.jdt.annotation.Nullable;
import java.util.Objects;

import org.sayso.core.store.ProjectStore;

/**
 * What to export, and where.
 *
 * @param output       the folder the export becomes; it must not exist or be empty unless {@code replace}
 * @param allowInvalid export sets that fail validation too, listing their problems in the summary, instead of
 *                     refusing their documents
 * @param replace      replace an existing, non-empty output folder (only once the new export is complete)
 * @param workers      how many documents are read and written at the same time (at least 1)
 * @param clusterIds   for {@code jsonl}: the cluster id of each claim by "doc:begin-end", when the project's
 *                     clusters were found elsewhere (the export of a part of the project, on Spark); null to find
 *                     them among the documents exported
 */
public record ExportRequest(ProjectStore store, ExportFormat format, SetSelection selection, Path output,
		boolean allowInvalid, boolean replace, int workers, java.util.@Nullable Map<String, String> clusterIds) {

	/** Two workers: the export uses both cores of a small machine, and more gains little on a disk. */
	public static final int DEFAULT_WORKERS = 2;

	public ExportRequest {
		Objects.requireNonNull(store, "store");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(selection, "selection");
		if (output.toString().isBlank()) {
			throw new IllegalArgumentException("an export needs an output folder; an empty path would mean the current"
					+ " folder");
		}
		output = output.toAbsolutePath().normalize();
		if (workers < 1) {
			throw new IllegalArgumentException("at least one worker, not " + workers);
		}
	}

	public ExportRequest(ProjectStore store, ExportFormat format, SetSelection selection, Path output,
			boolean allowInvalid, boolean replace, int workers) {
		this(store, format, selection, output, allowInvalid, replace, workers, null);
	}

	/** The same request, with the clusters found elsewhere. */
	public ExportRequest withClusterIds(java.util.Map<String, String> ids) {
		return new ExportRequest(store, format, selection, output, allowInvalid, replace, workers, java.util.Map.copyOf(ids));
	}

	public ExportRequest(ProjectStore store, ExportFormat format, SetSelection selection, Path output,
			boolean allowInvalid, boolean replace) {
		this(store, format, selection, output, allowInvalid, replace, DEFAULT_WORKERS);
	}

	/** The project's name, written as the collection id of every exported document. */
	String projectName() {
		return store.project().getName();
	}
}
