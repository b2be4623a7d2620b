package org.sayso.io.export;

import org.sayso.model.ProjectLayout;

/**
 * Which annotation sets of each document an export takes: the curated set, one annotator's set, or every
 * annotator's set and the curated one.
 */
public sealed interface SetSelection {

	/** The name that {@link #parse} reads back: {@code curated}, {@code all} or the annotator's name. */
	String name();

	/** The curated sets ({@code curation/<docId>.xmi}): what a project lead decided, the usual training data. */
	record Curated() implements SetSelection {
		@Override
		public String name() {
			return "curated";
		}
	}

	/** One annotator's sets ({@code annotations/<annotator>/<docId>.xmi}). */
	record Annotator(String annotator) implements SetSelection {
		public Annotator {
			if (!ProjectLayout.isSafeName(annotator) || annotator.equals("curated") || annotator.equals("all")) {
				throw new IllegalArgumentException("not an annotator name: '" + annotator + "'");
			}
		}

		@Override
		public String name() {
			return annotator;
		}
	}

	/** Every annotator's set and the curated set of each document. */
	record All() implements SetSelection {
		@Override
		public String name() {
			return "all";
		}
	}

	/** {@code curated}, {@code all}, or an annotator's name. */
	static SetSelection parse(String name) {
		return switch (name) {
		case "curated" -> new Curated();
		case "all" -> new All();
		default -> new Annotator(name);
		};
	}
}
