package nl.schaduwklant;

/**
 * The end-to-end campaign on PostgreSQL.
 */
@SchaduwklantPostgresTest
class PostgresEmailCampaignEndToEndTests extends EmailCampaignEndToEndTests {

}
