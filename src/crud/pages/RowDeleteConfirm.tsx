import { Popconfirm } from 'antd';

/** antd's Popconfirm as a module of its own: a row's delete loads it on its first press. */
export default Popconfirm;
