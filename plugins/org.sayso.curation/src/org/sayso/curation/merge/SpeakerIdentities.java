package org.sayso.curation.merge;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.sayso.model.Claim;
import org.sayso.model.SpeakerMention;

/**
 * Which speaker entities of different annotators are the same source. Entity ids are each annotator's own, so they
 * say nothing across annotators; two entities are the same when their mentions were aligned into one unit (a
 * union-find over annotator entities and units). A mention without entity stands for itself through its unit.
 */
final class SpeakerIdentities {

	private final Map<String, String> parent = new HashMap<>();

	/** Joins every version of a speaker unit into one identity. */
	void join(MergeUnit unit) {
		String first = null;
		for (var entry : unit.versions().entrySet()) {
			var node = node(entry.getKey(), (SpeakerMention) entry.getValue(), unit);
			if (first == null) {
				first = node;
			} else {
				union(first, node);
			}
		}
	}

	/** The identity of a mention: the same string for mentions of the same source across annotators. */
	String identity(String annotator, SpeakerMention mention, MergeUnit unit) {
		return find(node(annotator, mention, unit));
	}

	/** The identities a claim is attributed to, sorted, as one comparable string. */
	String speakersOf(String annotator, Claim claim, Map<Object, MergeUnit> unitOf) {
		var ids = new TreeSet<String>();
		for (var speaker : claim.getSources()) {
			ids.add(identity(annotator, speaker, unitOf.get(speaker)));
		}
		return String.join("+", ids);
	}

	private static String node(String annotator, SpeakerMention mention, MergeUnit unit) {
		if (mention.getEntity() != null && mention.getEntity().getId() != null) {
			return "e:" + annotator + ":" + mention.getEntity().getId();
		}
		return unit == null ? "m:" + annotator + ":" + mention.getBegin() + "-" + mention.getEnd() : "u:" + unit.id();
	}

	private String find(String node) {
		var root = node;
		for (var up = parent.get(root); up != null; up = parent.get(root)) {
			root = up;
		}
		// path compression keeps later look-ups short
		for (var at = node; !at.equals(root);) {
			var next = parent.get(at);
			parent.put(at, root);
			at = next;
		}
		return root;
	}

	private void union(String a, String b) {
		var ra = find(a);
		var rb = find(b);
		if (!ra.equals(rb)) {
			// the smaller name wins, so the identity does not depend on the order of the units
			if (ra.compareTo(rb) < 0) {
				parent.put(rb, ra);
			} else {
				parent.put(ra, rb);
			}
		}
	}
}
