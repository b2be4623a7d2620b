package org.sayso.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sayso.cli.CliUsageException;
import org.sayso.curation.merge.MergeSettings;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;

/** The options {@code merge} and {@code agreement} share: threshold, majority, documents, curator. */
final class MergeOptions {

	static final List<String> WITH_VALUE = List.of("--threshold", "--majority", "--documents", "--curator");

	private MergeOptions() {
	}

	static ProjectStore open(String folder, String command, java.io.PrintStream err) throws StoreException {
		return Projects.open(Path.of(folder), command, err);
	}

	static MergeSettings settings(Options options, ProjectStore store) throws CliUsageException {
		var settings = MergeSettings.of(store.project().getSettings(), options.value("--curator", "curator"));
		var threshold = share(options, "--threshold");
		if (threshold != null) {
			if (threshold == 0) {
				throw new CliUsageException("--threshold must be above 0");
			}
			settings = settings.withClaimOverlap(threshold);
		}
		var majority = share(options, "--majority");
		if (majority != null) {
			settings = settings.withMajority(majority);
		}
		return settings;
	}

	/** The documents named by --documents (comma separated, repeatable); empty for all. */
	static List<String> documents(Options options, ProjectStore store) throws CliUsageException {
		var ids = new ArrayList<String>();
		for (var value : options.values("--documents")) {
			for (var id : value.split(",")) {
				if (!id.isBlank()) {
					ids.add(id.strip());
				}
			}
		}
		for (var id : ids) {
			if (store.project().getDocuments().stream().noneMatch(d -> d.getId().equals(id))) {
				throw new CliUsageException("the project has no document '" + id + "'");
			}
		}
		return ids;
	}

	private static Double share(Options options, String name) throws CliUsageException {
		var value = options.value(name, null);
		if (value == null) {
			return null;
		}
		try {
			double share = Double.parseDouble(value);
			if (share >= 0 && share <= 1) {
				return share;
			}
		} catch (NumberFormatException e) {
			// reported below with what is expected
		}
		throw new CliUsageException(name + " takes a share between 0 and 1 (such as 0.6), not '" + value + "'");
	}
}
