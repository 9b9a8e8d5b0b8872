package nl.schaduwklant.scoring.norms;

/**
 * What judging a share yields.
 *
 * @param considered the probes counted
 * @param passed how many of them passed
 * @param share their share
 * @param required the share the clause requires
 * @param interval the 95 % Wilson interval of the share
 * @param decisive whether the interval lies wholly on the verdict's side of the
 * requirement (otherwise the verdict is indicative)
 * @param probesForDecisive how many probes in all, at the same share, would make an
 * indicative verdict decisive ({@code null} when decisive already, or when the share
 * equals the requirement and no number would)
 */
public record ShareFigures(int considered, int passed, double share, double required, WilsonInterval interval,
		boolean decisive, Integer probesForDecisive) {
}
