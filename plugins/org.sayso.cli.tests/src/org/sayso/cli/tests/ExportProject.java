package org.sayso.cli.tests;

import java.nio.file.Path;

import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.model.ClaimKind;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerKind;

/**
 * A project to export: ferry, with ana's and the curated set, both valid; tunnel, with ana's and the curated set,
 * each a claim without speaker (so they fail validation).
 */
final class ExportProject {

	static final String FERRY = "Ferry Service Cut\n\nOSLO (Sayso Wire) April 2, 2025 - Harbour master Kari Dahl"
			+ " said on Monday the night ferry would stop in May.\n";
	static final String TUNNEL = "Tunnel Opens\n\nBERGEN (Sayso Wire) April 3, 2025 - The tunnel will open"
			+ " next week, officials said.\n";
	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private ExportProject() {
	}

	static Path create(Path project) throws Exception {
		var store = ProjectStore.create(project, "newsroom");
		var ferry = store.addDocument("ferry", FERRY);
		ferry.setDct("2025-04-02");
		var tunnel = store.addDocument("tunnel", TUNNEL);
		store.saveProject(false);
		for (var opened : new OpenedSet[] { store.openSet(ferry, "ana"), store.openCuratedSet(ferry, "lead") }) {
			var set = opened.set();
			var speaker = F.createSpeakerMention();
			span(speaker, FERRY, "Harbour master Kari Dahl");
			speaker.setKind(SpeakerKind.ROLE);
			var claim = F.createClaim();
			span(claim, FERRY, "the night ferry would stop in May");
			claim.setKind(ClaimKind.INDIRECT);
			claim.getSources().add(speaker);
			var date = F.createDateMention();
			span(date, FERRY, "in May");
			date.setValue("2025-05");
			set.getAnnotations().add(speaker);
			set.getAnnotations().add(claim);
			set.getAnnotations().add(date);
			store.save(opened, false);
		}
		for (var opened : new OpenedSet[] { store.openSet(tunnel, "ana"), store.openCuratedSet(tunnel, "lead") }) {
			var claim = F.createClaim();
			span(claim, TUNNEL, "The tunnel will open next week");
			opened.set().getAnnotations().add(claim);
			store.save(opened, false);
		}
		return project;
	}

	private static void span(org.sayso.model.Annotation annotation, String text, String covered) {
		annotation.setBegin(text.indexOf(covered));
		annotation.setEnd(text.indexOf(covered) + covered.length());
	}
}
