"""What the console says, in every language: phrases with their values, the words for
enum values, document labels and the causes of SLA clock time."""
