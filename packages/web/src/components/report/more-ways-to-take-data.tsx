import { Link } from 'react-router';
import { endpointUrl } from '../../api/client';

/**
 * Beside the JSON download in Settings: spreadsheet files and the printable report. Plain links
 * with `download`, so the browser sends the session cookie and saves the file under the server's
 * dated name.
 */
export function MoreWaysToTakeData() {
  return (
    <>
      <p>For a spreadsheet, one file each:</p>
      <p className="status-line">
        <a className="button-secondary" href={endpointUrl('exportData', undefined, { format: 'csv', records: 'moments' })} download>Moments as CSV</a>
        <a className="button-secondary" href={endpointUrl('exportData', undefined, { format: 'csv', records: 'practices' })} download>Practices as CSV</a>
      </p>
      <p>To read on paper, or to take to someone you trust:</p>
      <p><Link className="button-secondary" to="/report">Make a printable report</Link></p>
    </>
  );
}
