package org.sayso.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.sayso.ui.internal.views.ClaimsView;
import org.sayso.ui.internal.views.DatesView;
import org.sayso.ui.internal.views.SpeakersView;

/**
 * The annotator's page: projects on the left, the article in the middle, its claims, dates and problems below,
 * its speakers and the selected annotation's properties on the right.
 */
public class SaysoPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		var editorArea = layout.getEditorArea();
		layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.22f, editorArea);

		IFolderLayout bottom = layout.createFolder("org.sayso.ui.perspective.bottom", IPageLayout.BOTTOM, 0.66f,
				editorArea);
		bottom.addView(ClaimsView.ID);
		bottom.addView(DatesView.ID);
		bottom.addView(org.sayso.ui.internal.views.CopiesView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);

		IFolderLayout right = layout.createFolder("org.sayso.ui.perspective.right", IPageLayout.RIGHT, 0.74f,
				editorArea);
		right.addView(SpeakersView.ID);
		right.addView(IPageLayout.ID_PROP_SHEET);

		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(ClaimsView.ID);
		layout.addShowViewShortcut(SpeakersView.ID);
		layout.addShowViewShortcut(DatesView.ID);
		layout.addShowViewShortcut(org.sayso.ui.internal.views.CopiesView.ID);
	}
}
