package org.sayso.core.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jdt.annotation.Nullable;
import org.sayso.core.ProjectListing;
import org.sayso.core.ProjectListingException;
import org.sayso.core.store.OpenedSet;
import org.sayso.core.store.ProjectStore;
import org.sayso.core.store.StoreException;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Document;
import org.sayso.model.RegisteredSpeaker;
import org.sayso.model.SpeakerEntity;

/**
 * The project's speaker registry applied to every article: linking the sets' entities to it, merging two speakers,
 * splitting one, and counting where each is mentioned. Every set (each annotator's and the curated one) is read and
 * written through the store, so each write is atomic and refuses a file changed on disk; a set that cannot be read
 * or written is reported and the others go on.
 */
public final class ProjectSpeakers {

	private ProjectSpeakers() {
	}

	/** What a project-wide change did: the sets it rewrote and those it could not read or write, with why. */
	public record Result(List<Path> written, Map<Path, String> failed, int linked, int registered) {
		public boolean ok() {
			return failed.isEmpty();
		}
	}

	/** Where a speaker is mentioned: the articles and the number of mentions, over every set. */
	public record Usage(Set<String> documents, int mentions) {
	}

	@FunctionalInterface
	private interface SetChange {
		/** Changes the set; returns the number of entities changed, 0 when it left the set as it was. */
		int apply(Document document, AnnotationSet set);
	}

	/**
	 * Links the entities of every set to the registry by name and alias; with {@code register}, a person or an
	 * organization no speaker matches is registered. The project file is written when the registry grew.
	 */
	public static Result link(ProjectStore store, boolean register, @Nullable IProgressMonitor monitor) throws StoreException {
		var registry = new SpeakerRegistry(store.project());
		int before = registry.speakers().size();
		int[] linked = { 0 };
		var result = forEverySet(store, d -> true, (document, set) -> {
			var done = registry.link(set, register);
			linked[0] += done.linked();
			return done.linked() + done.registered();
		}, monitor);
		int registered = registry.speakers().size() - before;
		if (registered > 0) {
			store.saveProject(false);
		}
		return new Result(result.written(), result.failed(), linked[0], registered);
	}

	/**
	 * Makes {@code gone} part of {@code kept}: every set's entity of {@code gone} takes {@code kept}'s id (joining its
	 * entity of {@code kept} when it has one), {@code gone}'s names become aliases of {@code kept}, and {@code gone}
	 * leaves the registry. The project file is written last, so a failure part way leaves {@code gone} registered
	 * and the command can simply be run again.
	 */
	public static Result merge(ProjectStore store, RegisteredSpeaker kept, RegisteredSpeaker gone,
			@Nullable IProgressMonitor monitor) throws StoreException {
		return merge(store, kept, gone, file -> false, monitor);
	}

	/**
	 * {@link #merge(ProjectStore, RegisteredSpeaker, RegisteredSpeaker, IProgressMonitor)}, leaving aside the set files
	 * {@code openElsewhere} names: sets open in editors, which the editors change themselves, as undoable steps.
	 */
	public static Result merge(ProjectStore store, RegisteredSpeaker kept, RegisteredSpeaker gone,
			Predicate<Path> openElsewhere, @Nullable IProgressMonitor monitor) throws StoreException {
		if (kept == gone) {
			throw new StoreException("A speaker cannot be merged with itself ('" + kept.getId() + "').");
		}
		var result = forEverySet(store, d -> true, openElsewhere, renaming(gone.getId(), kept), monitor);
		if (result.ok()) {
			var registry = new SpeakerRegistry(store.project());
			if (gone.getName() != null) {
				registry.addAlias(kept, gone.getName());
			}
			gone.getAliases().forEach(alias -> registry.addAlias(kept, alias));
			if (kept.getExternalId() == null) {
				kept.setExternalId(gone.getExternalId());
			}
			store.project().getSpeakers().remove(gone);
			store.saveProject(false);
		}
		return result;
	}

	/**
	 * Splits {@code speaker}: in the articles {@code documents}, its entity becomes a new speaker named {@code name}
	 * (two people of one name, or a name that was wrongly joined). The new speaker is registered first and the project
	 * file written, so that every set written after names a registered speaker.
	 */
	public static Result split(ProjectStore store, RegisteredSpeaker speaker, Collection<String> documents, String name,
			@Nullable IProgressMonitor monitor) throws StoreException {
		for (var id : documents) {
			store.document(id); // an unknown article is refused before anything is written
		}
		var registry = new SpeakerRegistry(store.project());
		var created = registry.register(name, speaker.getKind());
		store.saveProject(false);
		var wanted = new HashSet<>(documents);
		return forEverySet(store, d -> wanted.contains(d.getId()), renaming(speaker.getId(), created), monitor);
	}

	/** The change that gives a set's entity of {@code id} the id and name of {@code speaker}. */
	private static SetChange renaming(String id, RegisteredSpeaker speaker) {
		return (document, set) -> {
			var entity = entity(set, id);
			if (entity == null) {
				return 0;
			}
			SpeakerRegistry.assign(set, entity, speaker.getId(), speaker.getName());
			return 1;
		};
	}

	/** For each registry id, the articles and the mentions of it over every annotator's set and the curated ones. */
	public static Map<String, Usage> usage(ProjectStore store, @Nullable IProgressMonitor monitor) throws StoreException {
		var registry = new SpeakerRegistry(store.project());
		var documents = new LinkedHashMap<String, Set<String>>();
		var mentions = new LinkedHashMap<String, Integer>();
		registry.speakers().forEach(s -> {
			documents.put(s.getId(), new java.util.TreeSet<>());
			mentions.put(s.getId(), 0);
		});
		forEverySet(store, d -> true, (document, set) -> {
			for (var entity : set.getEntities()) {
				if (documents.containsKey(entity.getId())) {
					documents.get(entity.getId()).add(document.getId());
					mentions.merge(entity.getId(), entity.getMentions().size(), Integer::sum);
				}
			}
			return 0;
		}, monitor);
		var usage = new LinkedHashMap<String, Usage>();
		documents.forEach((id, docs) -> usage.put(id, new Usage(docs, mentions.get(id))));
		return usage;
	}

	private static @Nullable SpeakerEntity entity(AnnotationSet set, String id) {
		return set.getEntities().stream().filter(e -> id.equals(e.getId())).findFirst().orElse(null);
	}

	private static Result forEverySet(ProjectStore store, Predicate<Document> which, SetChange change,
			@Nullable IProgressMonitor monitor) throws StoreException {
		return forEverySet(store, which, file -> false, change, monitor);
	}

	private static Result forEverySet(ProjectStore store, Predicate<Document> which, Predicate<Path> skip,
			SetChange change, @Nullable IProgressMonitor monitor) throws StoreException {
		List<String> annotators;
		Set<String> curated;
		try {
			var listing = ProjectListing.open(store.layout().root());
			annotators = listing.annotators();
			curated = new HashSet<>(listing.curatedDocumentIds());
		} catch (ProjectListingException e) {
			throw new StoreException(e.getMessage(), e);
		}
		var documents = store.project().getDocuments().stream().filter(which).toList();
		var progress = SubMonitor.convert(monitor, "speakers of " + documents.size() + " articles", documents.size());
		var written = new ArrayList<Path>();
		var failed = new LinkedHashMap<Path, String>();
		for (var document : documents) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask(document.getId());
			var files = new ArrayList<SetOpener>();
			for (var annotator : annotators) {
				var file = store.layout().annotations(annotator, document.getId());
				if (java.nio.file.Files.exists(file)) {
					files.add(new SetOpener(file, () -> store.openSet(document, annotator)));
				}
			}
			if (curated.contains(document.getId())) {
				files.add(new SetOpener(store.layout().curated(document.getId()), () -> store.openCuratedSet(document, null)));
			}
			for (var opener : files) {
				if (skip.test(opener.file())) {
					continue;
				}
				try {
					var opened = opener.open().open();
					if (change.apply(document, opened.set()) > 0) {
						store.save(opened, false);
						written.add(opened.file());
					}
				} catch (StoreException | RuntimeException e) {
					failed.put(opener.file(), e.getMessage());
				}
			}
			progress.worked(1);
		}
		return new Result(written, failed, 0, 0);
	}

	private interface Opener {
		OpenedSet open() throws StoreException;
	}

	private record SetOpener(Path file, Opener open) {
	}
}
