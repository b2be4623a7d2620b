package org.sayso.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sayso.core.xmi.EmfOptions;
import org.sayso.core.xmi.EmfProblems;
import org.sayso.model.Project;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SaysoPackage;

/** Reads and writes {@code sayso.project}, an EMF XMI file, refusing DOCTYPEs and external entities. */
final class ProjectSettingsFile {

	private ProjectSettingsFile() {
	}

	static Project read(Path file) throws StoreException {
		SaysoPackage.eINSTANCE.eClass(); // registers the package on a plain class path
		var resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
		try (var in = Files.newInputStream(file)) {
			resource.load(in, EmfOptions.hardenedLoad());
		} catch (IOException | RuntimeException e) {
			throw new StoreException(file + " cannot be read: " + EmfProblems.reason(e) + restoreAdvice(file), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Project project)) {
			throw new StoreException(file + " is not a Sayso project file (it holds no project)" + restoreAdvice(file));
		}
		check(project, file);
		return project;
	}

	/**
	 * Refuses a project file whose values Sayso cannot work with (a document id that is no file name, one listed
	 * twice, a threshold outside its range), naming the file, the value and what to do, before any command acts on
	 * it.
	 */
	private static void check(Project project, Path file) throws StoreException {
		var ids = new HashSet<String>();
		for (var document : project.getDocuments()) {
			var id = document.getId();
			if (!ProjectLayout.isSafeName(id)) {
				throw refused(file, "lists a document with the id '" + id + "', which is no name Sayso can use"
						+ " (letters, digits, '.', '_' and '-', starting with a letter or digit, naming a file in "
						+ ProjectLayout.DOCUMENTS + "/). Correct or remove that <documents> entry");
			}
			if (!ids.add(id)) {
				throw refused(file, "lists the document '" + id + "' twice. Remove one of the two <documents id=\""
						+ id + "\"> entries (keep the one with the right title and date)");
			}
		}
		var settings = project.getSettings();
		if (settings != null) {
			double threshold = settings.getClaimOverlapThreshold();
			if (!(threshold > 0 && threshold <= 1)) {
				throw refused(file, "sets claimOverlapThreshold to " + threshold + ", but it is a share above 0 and at"
						+ " most 1 (the default is 0.5). Correct it, or remove the attribute to use the default");
			}
		}
	}

	private static StoreException refused(Path file, String what) {
		var backup = file.resolveSibling(file.getFileName() + AtomicFileWriter.BACKUP_SUFFIX);
		return new StoreException(file + " " + what + (Files.exists(backup)
				? ", or restore " + backup.getFileName() + " (the version before the last change)." : "."));
	}

	static FileStamp write(Project project, Path file, @Nullable FileStamp expected, boolean overwriteChanges) throws StoreException {
		var resource = project.eResource();
		if (resource == null) {
			resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
			resource.getContents().add(project);
		}
		var toSave = resource;
		return AtomicFileWriter.write(file, expected, overwriteChanges, out -> toSave.save(out, saveOptions()));
	}

	private static Map<Object, Object> saveOptions() {
		var options = EmfOptions.save();
		options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, null);
		return options;
	}

	/** How to get a good project file back: its backup when there is one, else version control or a hand edit. */
	private static String restoreAdvice(Path file) {
		var backup = file.resolveSibling(file.getFileName() + AtomicFileWriter.BACKUP_SUFFIX);
		return Files.exists(backup)
				? ". Restore it from " + backup.getFileName() + " (the version before the last change) or from version control."
				: ". Restore it from version control, or correct it by hand (there is no " + backup.getFileName() + ").";
	}
}
