// Handwritten generic cue-word lists for the NER gazetteer features. Generic English only:
// words that signal a kind of name, never names of particular entities.
import type { GazetteerData } from './gazetteer.ts';

export const CUE_LISTS: GazetteerData = {
  orgword: [
    'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'co.', 'ltd', 'ltd.', 'plc', 'group', 'holdings',
    'bank', 'party', 'army', 'front', 'movement', 'council', 'committee', 'commission', 'ministry', 'department',
    'agency', 'office', 'organization', 'organisation', 'association', 'union', 'federation', 'university',
    'institute', 'institution', 'center', 'centre', 'foundation', 'forum', 'league', 'club', 'court', 'police',
    'forces', 'force', 'guard', 'guards', 'corps', 'brigade', 'brigades', 'assembly', 'parliament', 'senate',
    'congress', 'bureau', 'authority', 'board', 'service', 'services', 'airlines', 'airways', 'news', 'times',
    'post', 'journal', 'press', 'television', 'radio', 'network', 'exchange', 'fund', 'trust', 'society',
    'coalition', 'alliance', 'fc', 'united', 'city', 'rovers', 'school', 'college', 'hospital', 'church',
    'secretariat', 'cabinet', 'tribunal', 'academy', 'laboratory', 'labs', 'systems', 'technologies',
    'motors', 'industries', 'petroleum', 'oil', 'energy', 'telecom', 'mission', 'directorate', 'command',
  ],
  title: [
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
    'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'sheikh',
    'general', 'gen.', 'colonel', 'col.', 'major', 'captain', 'lieutenant', 'lt.', 'sergeant', 'admiral',
    'senator', 'sen.', 'governor', 'gov.', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson',
    'secretary', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'judge', 'justice', 'mayor',
    'coach', 'pope', 'bishop', 'cardinal', 'imam', 'ayatollah', 'rabbi', 'father', 'rev.', 'reverend',
    'commander', 'officer', 'analyst', 'leader', 'deputy', 'vice', 'representative', 'rep.', 'mp', 'mep',
    'striker', 'midfielder', 'defender', 'goalkeeper', 'coach', 'manager', 'ceo', 'founder', 'professor',
  ],
  placeword: [
    'province', 'city', 'town', 'village', 'district', 'county', 'state', 'region', 'river', 'lake', 'sea',
    'ocean', 'gulf', 'bay', 'strait', 'island', 'islands', 'mountain', 'mountains', 'mount', 'valley',
    'desert', 'border', 'capital', 'street', 'road', 'avenue', 'square', 'airport', 'port', 'bridge',
    'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  ],
  time: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
};
