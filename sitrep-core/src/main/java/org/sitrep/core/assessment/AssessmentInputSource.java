package org.sitrep.core.assessment;

import org.sitrep.core.week.IsoWeek;

/** Where the assessment of a week gets its input: the week's figures and those of the weeks before it. */
public interface AssessmentInputSource {

    /** The input of the week's assessment; previous weeks without data are left out of the history. */
    AssessmentInput inputFor(IsoWeek week);
}
