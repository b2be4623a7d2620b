package org.sayso.core.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.Nullable;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Claim;
import org.sayso.model.Origin;
import org.sayso.model.SpeakerMention;

/**
 * One claim, many articles: the claims of a project that say the same thing (the same words, or nearly: at least
 * {@value #SIMILARITY} of the shorter's word pairs are in the other) and have the same speaker, by the speaker
 * entity's name, wherever they were reported. A spokesman quoted by every outlet is one cluster, with the articles
 * and their dates. Suggestions not reviewed yet are left out: a cluster is made of claims annotators made or
 * accepted.
 */
public final class ClaimClusters {

	/** How much of the shorter claim's word pairs must be in the other for the two to say the same thing. */
	public static final double SIMILARITY = 0.8;

	/** An article's annotations to cluster: its id, date (or null) and text. */
	public record Article(String documentId, @Nullable String dct, String text, AnnotationSet set) {
	}

	/** A claim in one article. */
	public record Report(String documentId, @Nullable String dct, int begin, int end, String content)
			implements java.io.Serializable {
	}

	/**
	 * Claims that say the same thing, by the same speaker, in different articles: one report per article, and every
	 * claim of the cluster in {@code members} (two annotators' sets of one article give two).
	 */
	public record Cluster(String id, String speaker, String content, List<Report> reports, List<Report> members)
			implements java.io.Serializable {

		/** The articles it was reported in, in the order of their dates. */
		public List<String> articles() {
			return reports.stream().map(Report::documentId).distinct().toList();
		}
	}

	private ClaimClusters() {
	}

	/**
	 * A claim that may join a cluster, as {@link #candidates} takes it out of an article: what the clustering needs,
	 * without the article's model objects, so that the steps can run apart (on a cluster of machines, grouped by
	 * {@code speakerKey}).
	 */
	public record Candidate(String speakerKey, String speaker, String documentId, @Nullable String dct, int begin,
			int end, String content) implements java.io.Serializable {
	}

	/** The clusters of claims reported in two articles or more, the most reported first. */
	public static List<Cluster> of(List<Article> articles) {
		// candidates by speaker, in the articles' order
		var bySpeaker = new LinkedHashMap<String, List<Candidate>>();
		for (var article : articles) {
			for (var candidate : candidates(article)) {
				bySpeaker.computeIfAbsent(candidate.speakerKey(), k -> new ArrayList<>()).add(candidate);
			}
		}
		var clusters = new ArrayList<Cluster>();
		for (var items : bySpeaker.values()) {
			clusters.addAll(ofSpeaker(items));
		}
		return numbered(clusters);
	}

	/** The article's claims that may join a cluster (made or accepted by an annotator, with a speaker), in order. */
	public static List<Candidate> candidates(Article article) {
		var found = new ArrayList<Candidate>();
		for (var a : article.set().getAnnotations()) {
			if (a instanceof Claim claim && !claim.getSources().isEmpty() && claim.getEnd() <= article.text().length()
					&& claim.getOrigin() != Origin.SUGGESTED && claim.getOrigin() != Origin.PROJECTED) {
				found.add(new Candidate(speakerKey(claim), speakerName(claim), article.documentId(), article.dct(),
						claim.getBegin(), claim.getEnd(), article.text().substring(claim.getBegin(), claim.getEnd())));
			}
		}
		return found;
	}

	/**
	 * The clusters among one speaker's candidates, given in the articles' order, in the order they were found and
	 * not numbered yet (see {@link #numbered}).
	 */
	public static List<Cluster> ofSpeaker(List<Candidate> items) {
		var pairs = new ArrayList<Set<String>>(items.size());
		for (var item : items) {
			pairs.add(bigrams(item.content()));
		}
		var parent = new int[items.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < items.size(); i++) {
			for (int j = i + 1; j < items.size(); j++) {
				if (same(pairs.get(i), pairs.get(j))) {
					union(parent, i, j);
				}
			}
		}
		var groups = new LinkedHashMap<Integer, List<Candidate>>();
		for (int i = 0; i < items.size(); i++) {
			groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
		}
		var clusters = new ArrayList<Cluster>();
		for (var group : groups.values()) {
			var reports = new ArrayList<Report>();
			var members = new ArrayList<Report>();
			var seen = new HashSet<String>();
			for (var item : group) {
				var report = new Report(item.documentId(), item.dct(), item.begin(), item.end(), item.content());
				members.add(report);
				// one report per article: two annotators' sets of one article are one report
				if (seen.add(item.documentId())) {
					reports.add(report);
				}
			}
			if (reports.size() > 1) {
				reports.sort(Comparator.comparing((Report r) -> r.dct() == null ? "~" : r.dct())
						.thenComparing(Report::documentId));
				var longest = group.stream().map(Candidate::content).max(Comparator.comparingInt(String::length))
						.orElseThrow();
				clusters.add(new Cluster("", group.get(0).speaker(), longest.replaceAll("\\s+", " "), reports, members));
			}
		}
		return clusters;
	}

	/**
	 * The clusters, given in the order they were found, the most reported first (then by speaker and content, then
	 * as found), numbered {@code c1}, {@code c2}, ...
	 */
	public static List<Cluster> numbered(List<Cluster> found) {
		var clusters = new ArrayList<>(found);
		clusters.sort(Comparator.comparingInt((Cluster c) -> -c.reports().size()).thenComparing(Cluster::speaker)
				.thenComparing(Cluster::content));
		var numbered = new ArrayList<Cluster>();
		for (int i = 0; i < clusters.size(); i++) {
			var c = clusters.get(i);
			numbered.add(new Cluster("c" + (i + 1), c.speaker(), c.content(), c.reports(), c.members()));
		}
		return numbered;
	}

	/** The cluster id of each claim of the articles that is in a cluster, by document and span ("doc:begin-end"). */
	public static Map<String, String> idsBySpan(List<Cluster> clusters) {
		var ids = new HashMap<String, String>();
		for (var cluster : clusters) {
			for (var r : cluster.members()) {
				ids.put(r.documentId() + ":" + r.begin() + "-" + r.end(), cluster.id());
			}
		}
		return ids;
	}

	private static String speakerKey(Claim claim) {
		return claim.getSources().stream().map(ClaimClusters::name).map(n -> n.toLowerCase(Locale.ROOT)).sorted()
				.distinct().reduce((a, b) -> a + " + " + b).orElse("");
	}

	private static String speakerName(Claim claim) {
		return claim.getSources().stream().map(ClaimClusters::name).distinct().reduce((a, b) -> a + " + " + b).orElse("");
	}

	private static String name(SpeakerMention s) {
		return s.getEntity() != null && s.getEntity().getName() != null ? s.getEntity().getName().strip() : "?";
	}

	/** The claim's words, without case and punctuation, taken two by two. */
	private static Set<String> bigrams(String content) {
		var words = content.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
		var pairs = new HashSet<String>();
		String previous = null;
		for (var w : words) {
			if (w.isEmpty()) {
				continue;
			}
			if (previous != null) {
				pairs.add(previous + " " + w);
			}
			previous = w;
		}
		if (pairs.isEmpty() && previous != null) {
			pairs.add(previous);
		}
		return pairs;
	}

	private static boolean same(Set<String> a, Set<String> b) {
		var smaller = a.size() <= b.size() ? a : b;
		var larger = smaller == a ? b : a;
		if (smaller.isEmpty()) {
			return false;
		}
		int shared = 0;
		for (var pair : smaller) {
			if (larger.contains(pair)) {
				shared++;
			}
		}
		return (double) shared / smaller.size() >= SIMILARITY;
	}

	private static void union(int[] parent, int a, int b) {
		int x = find(parent, a);
		int y = find(parent, b);
		if (x != y) {
			parent[Math.max(x, y)] = Math.min(x, y);
		}
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
