package org.sayso.core.xmi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an XMI file held that the CAS's type system has no place for. UIMA's lenient reading drops such data without a
 * word; this report names every kind of loss with its count, so the user can decide whether the import is good enough
 * or the file needs the type system it was written with. All maps are sorted by name and unmodifiable.
 *
 * @param source          the file or stream name the report is about
 * @param droppedTypes    feature structures whose type is unknown, by UIMA type name (for example
 *                        {@code de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token}): number of them dropped
 * @param droppedFeatures feature values whose feature the (known) type lacks, by {@code type:feature}: number of
 *                        feature structures that lost that value
 * @param droppedLinks    references of known features that pointed to a dropped (or absent) feature structure and were
 *                        left empty, by {@code type:feature} of the referring feature (for an array, the feature that
 *                        holds the array): number of references lost
 */
public record ImportReport(String source, SortedMap<String, Integer> droppedTypes,
		SortedMap<String, Integer> droppedFeatures, SortedMap<String, Integer> droppedLinks) {

	public ImportReport {
		Objects.requireNonNull(source, "source");
		droppedTypes = frozen(droppedTypes);
		droppedFeatures = frozen(droppedFeatures);
		droppedLinks = frozen(droppedLinks);
	}

	/** A report of a file that lost nothing. */
	public static ImportReport lossless(String source) {
		return new ImportReport(source, new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
	}

	/** Whether everything in the file made it into the CAS. */
	public boolean isLossless() {
		return droppedTypes.isEmpty() && droppedFeatures.isEmpty() && droppedLinks.isEmpty();
	}

	/** The number of feature structures dropped for their unknown type. */
	public int droppedFeatureStructures() {
		return droppedTypes.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** One sentence per loss, for a dialog or the command line; empty when nothing was lost. */
	public List<String> describe() {
		var lines = new ArrayList<String>();
		droppedTypes.forEach((type, count) -> lines.add("dropped " + count + " × " + type
				+ ": the type is not in the type system"));
		droppedFeatures.forEach((feature, count) -> lines.add("dropped " + feature + " on " + count
				+ " feature structure(s): the type has no such feature"));
		droppedLinks.forEach((feature, count) -> lines.add("emptied " + count + " reference(s) of " + feature
				+ ": they pointed to dropped or missing feature structures"));
		return List.copyOf(lines);
	}

	private static SortedMap<String, Integer> frozen(Map<String, Integer> counts) {
		return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(counts)));
	}
}
