package nl.schaduwklant;

/**
 * The end-to-end campaign on the embedded default database (H2).
 */
@SchaduwklantTest
class H2EmailCampaignEndToEndTests extends EmailCampaignEndToEndTests {

}
