package org.sayso.core.xmi;

import java.util.Map;
import java.util.TreeMap;

import org.apache.uima.cas.impl.XmiSerializationSharedData;
import org.apache.uima.jcas.cas.FSArray;
import org.apache.uima.jcas.cas.TOP;

/**
 * Counts the references that UIMA emptied because their target was dropped: a {@code SourceLink.target} that pointed
 * to a foreign {@code NamedEntity}, or an element of {@code Claim.sources} that pointed to a foreign type. UIMA's
 * lenient mode notes each of them in its {@link XmiSerializationSharedData} (so that it could write them back), and
 * this walks those notes once after loading.
 * <p>
 * A reference whose target id does not exist in the file at all is emptied the same way and counted here too; the two
 * cannot be told apart from UIMA's notes. References inside dropped feature structures are not counted: their holder
 * is already counted as dropped.
 */
final class DroppedLinks {

	private DroppedLinks() {
	}

	/** By {@code type:feature} of the referring feature, the number of references emptied. */
	static Map<String, Integer> count(TOP[] all, XmiSerializationSharedData notes) {
		var counts = new TreeMap<String, Integer>();
		for (var fs : all) {
			countIn(fs, notes, counts);
		}
		// arrays written inside their holder (Claim.sources="4 7") have no xmi:id and are listed apart
		for (var fs : notes.getNonsharedMulitValuedFSs()) {
			countIn(fs, notes, counts);
		}
		return counts;
	}

	private static void countIn(TOP fs, XmiSerializationSharedData notes, Map<String, Integer> counts) {
		if (fs instanceof FSArray<?> array) {
			var lost = notes.getOutOfTypeSystemArrayElements(array);
			if (lost != null && !lost.isEmpty()) {
				counts.merge(holderOf(array, notes), lost.size(), Integer::sum);
			}
		}
		var unknown = notes.getOutOfTypeSystemFeatures(fs);
		if (unknown == null) {
			return;
		}
		// the notes also hold values of features the type lacks; those the type has are emptied references
		var attributes = unknown.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			var feature = fs.getType().getFeatureByBaseName(attributes.getQName(i));
			if (feature != null) {
				counts.merge(feature.getName(), 1, Integer::sum);
			}
		}
	}

	/** {@code Claim:sources} for the array held in a Claim's sources; the array type for a free-standing array. */
	private static String holderOf(FSArray<?> array, XmiSerializationSharedData notes) {
		var holder = notes.getEncompassingFS(array);
		if (holder != null) {
			for (var feature : holder.getType().getFeatures()) {
				if (!feature.getRange().isPrimitive() && holder.getFeatureValue(feature) == array) {
					return feature.getName();
				}
			}
		}
		return array.getType().getName();
	}
}
