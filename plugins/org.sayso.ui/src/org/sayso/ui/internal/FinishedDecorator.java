package org.sayso.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.sayso.core.store.SetStates;
import org.sayso.model.ProjectLayout;
import org.sayso.model.SetState;
import org.sayso.ui.internal.editor.ArticleEditorAssociation;

/**
 * Shows in the Project Explorer, beside each article, how many of its annotators' sets are marked finished ("2/3
 * finished") and whether it is curated, so a lead sees what is still open. Decorations are computed in the
 * background by the workbench; a set saved, marked or deleted (by the editor, the command line or a pull) updates
 * its article's label.
 */
public class FinishedDecorator extends LabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {

	public FinishedDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (!(element instanceof IFile file) || !ArticleEditorAssociation.isArticle(file) || file.getLocation() == null) {
			return;
		}
		var suffix = suffix(file.getLocation().toPath());
		if (!suffix.isEmpty()) {
			decoration.addSuffix(suffix);
		}
	}

	/** "  2/3 finished · curated" for the article at {@code article}; empty when nobody has annotated it. */
	static String suffix(Path article) {
		var name = article.getFileName().toString();
		var id = name.substring(0, name.length() - ProjectLayout.TEXT_EXTENSION.length());
		var layout = new ProjectLayout(article.getParent().getParent());
		int sets = 0;
		int finished = 0;
		try (var annotators = Files.list(layout.annotationsFolder())) {
			for (var folder : (Iterable<Path>) annotators::iterator) {
				var set = folder.resolve(id + ProjectLayout.XMI_EXTENSION);
				if (Files.isRegularFile(set)) {
					sets++;
					finished += SetStates.of(set) == SetState.FINISHED ? 1 : 0;
				}
			}
		} catch (IOException e) {
			// no annotations folder yet, or a set that cannot be read: what was counted so far is shown
		}
		boolean curated = Files.isRegularFile(layout.curationFolder().resolve(id + ProjectLayout.XMI_EXTENSION));
		if (sets == 0 && !curated) {
			return "";
		}
		var counts = sets == 0 ? "" : finished + "/" + sets + " finished";
		return "  " + counts + (curated ? (counts.isEmpty() ? "" : " \u00b7 ") + "curated" : "");
	}

	/** A set changed: the label of its article is out of date. */
	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		var articles = new LinkedHashSet<IFile>();
		try {
			event.getDelta().accept(delta -> {
				var resource = delta.getResource();
				boolean set = resource.getType() == IResource.FILE
						&& ProjectLayout.XMI_EXTENSION.equals("." + resource.getFileExtension());
				if (set && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					var article = articleOf((IFile) resource);
					if (article != null) {
						articles.add(article);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		if (!articles.isEmpty()) {
			fire(articles);
		}
	}

	/** The article of {@code annotations/<annotator>/<id>.xmi} or {@code curation/<id>.xmi}, or null. */
	private static IFile articleOf(IFile set) {
		var folder = set.getParent();
		var root = folder.getName().equals(ProjectLayout.CURATION) ? folder.getParent()
				: folder.getParent() != null && folder.getParent().getName().equals(ProjectLayout.ANNOTATIONS)
						? folder.getParent().getParent()
						: null;
		if (root == null) {
			return null;
		}
		var id = set.getName().substring(0, set.getName().length() - ProjectLayout.XMI_EXTENSION.length());
		var article = root.getFile(IPath.fromOSString(ProjectLayout.DOCUMENTS + "/" + id + ProjectLayout.TEXT_EXTENSION));
		return article.exists() ? article : null;
	}

	private void fire(Set<IFile> articles) {
		var event = new LabelProviderChangedEvent(this, articles.toArray());
		var display = Display.getDefault();
		display.asyncExec(() -> fireLabelProviderChanged(event));
	}
}
